import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Heap held by a workbook's shared-strings table: POI's ReadOnlySharedStringsTable against Steward's
 * SpilledSharedStrings, on the same file, in one run.
 *
 *   infra/bench/import/shared-strings-heap contacts-1000000-shared-strings.xlsx
 */
public class SharedStringsHeap {

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    System.out.printf(Locale.ROOT, "%-28s %12s %10s %12s%n", "table", "strings", "load_s", "heap_MB");
    measure("POI ReadOnlySharedStrings", file, pkg -> new ReadOnlySharedStringsTable(pkg, false));
    var spilled = Class.forName("dev.steward.spreadsheets.read.SpilledSharedStrings")
        .getDeclaredMethod("read", OPCPackage.class);
    spilled.setAccessible(true);
    measure("Steward SpilledSharedStrings", file, pkg -> (SharedStrings) spilled.invoke(null, pkg));
  }

  interface Loader {
    SharedStrings load(OPCPackage pkg) throws Exception;
  }

  static void measure(String name, Path file, Loader loader) throws Exception {
    try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      long before = usedAfterGc();
      long t = System.nanoTime();
      SharedStrings table = loader.load(pkg);
      double seconds = (System.nanoTime() - t) / 1e9;
      long after = usedAfterGc();
      System.out.printf(Locale.ROOT, "%-28s %,12d %10.1f %12.1f%n", name, table.getUniqueCount(), seconds,
          (after - before) / 1048576.0);
      if (table instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
  }

  static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
