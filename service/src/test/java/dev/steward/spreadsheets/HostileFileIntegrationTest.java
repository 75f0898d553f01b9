package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.steward.identity.Users;
import dev.steward.spreadsheets.read.HostileFiles;
import dev.steward.spreadsheets.read.ReadLimits;
import dev.steward.tenancy.Tenants;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.web.context.WebApplicationContext;

/**
 * Files made to hurt an import ({@link HostileFiles}), sent over a real port to the service running
 * at the heap it runs with in production: the build runs this class alone in a JVM of its own at
 * {@code -Xmx512m} (the {@code small-heap} execution of surefire, by its tag). Each must end in its
 * problem code within a bounded time, leave no row in the database (counted as PostgreSQL's
 * superuser, past row-level security) and leave the database no larger on disk. The times, heap
 * peaks and sizes are printed at the end.
 */
@Tag("hostile")
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "steward.data-dir=${java.io.tmpdir}/steward-it-${random.uuid}",
      "steward.db.embedded-ephemeral=true",
      // Above the 200 MB CSV line, so that what refuses it is the bound on text, not the size of
      // the upload.
      "steward.upload.max-file-size=256MB",
      // So that a sheet part past the limit is made in a second; the shared-strings bomb's parts
      // stay far below it.
      "steward.import.max-part-size=64MB"
    })
class HostileFileIntegrationTest {

  private static final long HEAP = 512L << 20;
  private static final List<String> MEASURED = new ArrayList<>();

  @TempDir static Path dir;

  @Value("${local.server.port}")
  int port;

  @Autowired Tenants tenants;
  @Autowired Users users;
  @Autowired Environment environment;
  @Autowired WebApplicationContext web;

  private HttpImports http;
  private Connection superuser;
  private Path dataDir;

  @BeforeAll
  static void runsAtTheHeapOfTheService() {
    assertThat(Runtime.getRuntime().maxMemory())
        .as(
            "the hostile files run at -Xmx512m: run them with the build's small-heap execution, or with that option")
        .isLessThanOrEqualTo(HEAP);
  }

  @BeforeEach
  void signInAndConnectAsSuperuser() throws Exception {
    http = HttpImports.signIn(port, tenants, users);
    superuser = Superuser.connect(environment);
    try (var shown = superuser.createStatement().executeQuery("show data_directory")) {
      shown.next();
      dataDir = Path.of(shown.getString(1));
    }
  }

  @AfterEach
  void disconnect() throws SQLException {
    superuser.close();
  }

  @AfterAll
  static void printWhatWasMeasured() {
    System.out.println("\nHostile files at -Xmx" + (Runtime.getRuntime().maxMemory() >> 20) + "m:");
    System.out.printf(
        Locale.ROOT,
        "%-48s %9s %10s %14s %17s %15s%n",
        "file",
        "answer_ms",
        "peak_heap",
        "db_size_change",
        "db_size_peak_rise",
        "data_dir_change");
    MEASURED.forEach(System.out::println);
  }

  @Test
  void theSharedStringsBombIsRefusedWithinFiveSecondsHavingKeptNothing() throws Exception {
    Path bomb = HostileFiles.sharedStringsBomb(dir.resolve("shared-strings-bomb.xlsx"));
    assertThat(Files.size(bomb)).as("a small file").isLessThan(200_000);

    var response =
        measured(
            "shared-strings bomb (" + Files.size(bomb) / 1024 + " KB, 1.8e9 chars)",
            Duration.ofSeconds(5),
            () -> http.upload("bomb.xlsx", Files.readAllBytes(bomb)));

    assertTooMuchText(response, "expansion", 64);
    assertThat((Integer) JsonPath.read(response.body(), "$.row")).isEqualTo(188);
    assertThat((String) JsonPath.read(response.body(), "$.detail"))
        .startsWith("By row 188 the workbook showed" + " 16,830,024 characters of text from ")
        .endsWith(
            " bytes of sheet, more than 64 characters a byte: its cells"
                + " repeat long shared strings, as a file built to expand does and no contact list does. Nothing was"
                + " imported.");
  }

  /**
   * The bomb of an attacker who knows the guard on expansion: random numbers beside each shared
   * string make the sheet show fewer than 64 characters a byte, so that only the bound on the
   * import's whole text stops it, after copying that much text. The slowest of the hostile files by
   * design, and still bounded.
   */
  @Test
  void aSharedStringsBombUnderTheExpansionGuardIsStoppedByTheTotalHavingKeptNothing()
      throws Exception {
    Path bomb =
        HostileFiles.sharedStringsBomb(dir.resolve("padded-bomb.xlsx"), 10_000, 1, 30_000, 20);

    var response =
        measured(
            "padded shared-strings bomb (" + Files.size(bomb) / 1024 + " KB, 3e8 chars)",
            Duration.ofSeconds(30),
            () -> http.upload("bomb.xlsx", Files.readAllBytes(bomb)));

    assertTooMuchText(response, "total", ReadLimits.DEFAULT.maxTotalChars());
    assertThat((String) JsonPath.read(response.body(), "$.detail"))
        .startsWith(
            "The import holds more than"
                + " 200,000,000 characters of text in all, the most one import may hold here (STEWARD_IMPORT_MAX_TOTAL_CHARS);"
                + " reading stopped at row ");
  }

  @Test
  void aSheetPartThatUnzipsPastTheLimitIsRefusedBeforeAnyRowIsRead() throws Exception {
    Path sheet = HostileFiles.expandingSheet(dir.resolve("expanding-sheet.xlsx"), 80L << 20);

    var response =
        measured(
            "sheet part of 80 MB (" + Files.size(sheet) / (1 << 20) + " MB file, limit 64 MB)",
            Duration.ofSeconds(30),
            () -> http.upload("big.xlsx", Files.readAllBytes(sheet)));

    assertTooMuchText(response, "part", 64L << 20);
    assertThat((String) JsonPath.read(response.body(), "$.detail"))
        .isEqualTo(
            "The workbook's sheet unzips to more"
                + " than 64 MB, the most this installation reads (STEWARD_IMPORT_MAX_PART_SIZE). Nothing was imported. If the"
                + " workbook is genuine, save it as CSV and import that.");
  }

  @Test
  void aCellOf32768CharactersIsRefusedWithItsRowAndColumnInAWorkbookAndInACsv() throws Exception {
    Path workbook =
        HostileFiles.longCell(dir.resolve("cell.xlsx"), ReadLimits.EXCEL_CELL_CHARS + 1);
    var response =
        measured(
            "cell of 32,768 chars (xlsx)",
            Duration.ofSeconds(30),
            () -> http.upload("cell.xlsx", Files.readAllBytes(workbook)));
    assertTooMuchText(response, "cell", 32_767);
    assertThat((Integer) JsonPath.read(response.body(), "$.row")).isEqualTo(2);
    assertThat((String) JsonPath.read(response.body(), "$.column")).isEqualTo("A");
    assertThat((String) JsonPath.read(response.body(), "$.detail"))
        .isEqualTo(
            "The cell in row 2, column A holds more"
                + " than 32,767 characters, Excel's own limit for a cell (STEWARD_IMPORT_MAX_CELL_CHARS). Nothing was"
                + " imported.");

    var csv =
        measured(
            "cell of 32,768 chars (csv)",
            Duration.ofSeconds(30),
            () ->
                http.upload("cell.csv", HostileFiles.longCellCsv(ReadLimits.EXCEL_CELL_CHARS + 1)));
    assertTooMuchText(csv, "cell", 32_767);
    assertThat((String) JsonPath.read(csv.body(), "$.column")).isEqualTo("C");
  }

  @Test
  void aCsvLineOf200MegabytesWithoutANewlineIsRefusedAtItsFirstCell() throws Exception {
    var response =
        measured(
            "csv line of 200 MB, no newline (streamed)",
            Duration.ofSeconds(60),
            () -> http.upload("endless.csv", () -> HostileFiles.endlessLine(200L << 20)));

    assertTooMuchText(response, "cell", 32_767);
    assertThat((Integer) JsonPath.read(response.body(), "$.row")).isEqualTo(1);
  }

  /**
   * A client that sends half of its upload and hangs up, on a raw socket. Tomcat reads a multipart
   * body whole, into a temporary file, before any controller runs: the half body is written there,
   * then removed when the read fails, and no import is started.
   */
  @Test
  void anUploadCutOffHalfWayLeavesNothingBehind() throws Exception {
    byte[] csv = csvOf(200_000);
    var body = new java.io.ByteArrayOutputStream();
    body.write(HttpImports.partHead("contacts.csv"));
    body.write(csv);
    body.write(HttpImports.partTail());
    File uploads =
        (File) web.getServletContext().getAttribute(jakarta.servlet.ServletContext.TEMPDIR);

    var response =
        measured(
            "upload cut off half-way (raw socket)",
            Duration.ofSeconds(30),
            () -> {
              try (var socket = new Socket("127.0.0.1", port)) {
                var out = socket.getOutputStream();
                out.write(
                    ("POST /api/imports HTTP/1.1\r\nHost: 127.0.0.1:"
                            + port
                            + "\r\nAuthorization: Bearer "
                            + http.accessToken()
                            + "\r\nContent-Type: multipart/form-data; boundary="
                            + HttpImports.BOUNDARY
                            + "\r\nContent-Length: "
                            + body.size()
                            + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body.toByteArray(), 0, body.size() / 2);
                out.flush();
                waitFor("Tomcat to spool the half it received", () -> uploadsIn(uploads) > 0);
              }
              waitFor("Tomcat to drop the half it received", () -> uploadsIn(uploads) == 0);
              return null;
            });

    assertThat(response).isNull();
    assertThat((Integer) JsonPath.read(http.imports(), "$.length()")).isZero();
    var whole = http.upload("contacts.csv", csv);
    assertThat(whole.statusCode()).as("the same file sent whole: " + whole.body()).isEqualTo(201);
  }

  private static byte[] csvOf(int rows) {
    var csv = new StringBuilder("First Name,Last Name,E-mail Address\r\n");
    for (int i = 0; i < rows; i++) {
      csv.append("Person,Number").append(i).append(",person").append(i).append("@example.com\r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long uploadsIn(File folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder.toPath())) {
      return files.filter(f -> f.getFileName().toString().startsWith("upload_")).count();
    }
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static void waitFor(String what, Check check) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!check.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited 20 s for " + what);
      }
      Thread.sleep(20);
    }
  }

  private static void assertTooMuchText(HttpResponse<String> response, String bound, long limit) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat((String) JsonPath.read(response.body(), "$.code")).isEqualTo("too-much-text");
    assertThat((String) JsonPath.read(response.body(), "$.bound")).isEqualTo(bound);
    assertThat(((Number) JsonPath.read(response.body(), "$.limit")).longValue()).isEqualTo(limit);
  }

  /**
   * Sends a hostile file and measures the answer's time, the heap's peak, and the database's size
   * on disk before, during (sampled) and after; then checks that nothing of the file stays and the
   * database did not grow.
   */
  private <T> T measured(String name, Duration within, Callable<T> sending) throws Exception {
    long sizeBefore = databaseSize(superuser);
    long dataBefore = folderSize(dataDir);
    var peakSize = new AtomicLong(sizeBefore);
    var sampling = new java.util.concurrent.atomic.AtomicBoolean(true);
    var sampler =
        new Thread(
            () -> {
              try (var connection = Superuser.connect(environment)) {
                while (sampling.get()) {
                  peakSize.accumulateAndGet(databaseSize(connection), Math::max);
                  Thread.sleep(50);
                }
              } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler.start();
    long started = System.nanoTime();
    T answer;
    try {
      answer = sending.call();
    } finally {
      sampling.set(false);
      sampler.join();
    }
    long elapsed = (System.nanoTime() - started) / 1_000_000;
    long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    long sizeAfter = databaseSize(superuser);
    long dataAfter = folderSize(dataDir);
    MEASURED.add(
        String.format(
            Locale.ROOT,
            "%-48s %9d %7d MB %+11d KB %+14d KB %+12d KB",
            name,
            elapsed,
            peakHeap >> 20,
            (sizeAfter - sizeBefore) >> 10,
            (peakSize.get() - sizeBefore) >> 10,
            (dataAfter - dataBefore) >> 10));

    assertThat(Duration.ofMillis(elapsed)).as(name + ": answered within").isLessThan(within);
    assertThat(peakHeap).as(name + ": heap peak").isLessThan(HEAP);
    assertNothingKept(name);
    assertThat(sizeAfter - sizeBefore)
        .as(name + ": database growth on disk (bytes)")
        .isLessThan(4L << 20);
    return answer;
  }

  private void assertNothingKept(String name) throws SQLException {
    assertThat(Superuser.importsOf(superuser, http.firm))
        .as(name + ": import jobs, raw rows, staged rows, contacts left")
        .containsOnly(0L);
  }

  private static long databaseSize(Connection connection) throws SQLException {
    return Superuser.databaseSize(connection);
  }

  /**
   * The size of the files under {@code folder}; PostgreSQL may remove one while it is walked, which
   * then counts 0.
   */
  private static long folderSize(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              file -> {
                try {
                  return Files.size(file);
                } catch (IOException gone) {
                  return 0;
                }
              })
          .sum();
    } catch (java.io.UncheckedIOException gone) {
      return folderSize(folder);
    }
  }
}
