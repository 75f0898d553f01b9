import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor of the report benchmark: the member sheet's cells (the same rows, columns and cell types as the service's
 * member list: text, dates, whole numbers) written with a bare SXSSF workbook, nothing else. The rows come from a CSV
 * that psql exported with the service's own member query, read as the service reads its database cursor: row by row.
 *
 * <pre>java -cp POI ReportFloor &lt;members.csv&gt; &lt;out.xlsx&gt; &lt;runs&gt;</pre>
 *
 * Prints, for each run, its milliseconds and the CPU milliseconds of the whole JVM (garbage collection included).
 */
public class ReportFloor {

  private static final String[] HEADER = {"Name", "Type", "Company", "Email", "Phone", "City", "Added", "Status",
      "Response date", "Days to response", "Recorded via"};

  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int runs = Integer.parseInt(args[2]);
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean();
    for (int run = 0; run < runs; run++) {
      long start = System.nanoTime();
      long cpu = os.getProcessCpuTime();
      write(in, out);
      System.out.println((System.nanoTime() - start) / 1_000_000 + " " + (os.getProcessCpuTime() - cpu) / 1_000_000);
    }
  }

  static void write(Path in, Path out) throws Exception {
    var book = new SXSSFWorkbook(200);
    book.setCompressTempFiles(true);
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
        OutputStream stream = Files.newOutputStream(out)) {
      var sheet = book.createSheet("Members");
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      var header = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      String line;
      int r = 1;
      while ((line = reader.readLine()) != null) {
        List<String> f = fields(line);
        var row = sheet.createRow(r++);
        for (int c = 0; c < 6; c++) {
          row.createCell(c).setCellValue(f.get(c));
        }
        var added = row.createCell(6);
        added.setCellValue(LocalDate.parse(f.get(6)));
        added.setCellStyle(date);
        row.createCell(7).setCellValue(f.get(7));
        var responded = row.createCell(8);
        if (!f.get(8).isEmpty()) {
          responded.setCellValue(Instant.parse(f.get(8)).atOffset(ZoneOffset.UTC).toLocalDateTime());
          responded.setCellStyle(date);
        }
        var days = row.createCell(9);
        if (!f.get(9).isEmpty()) {
          days.setCellValue(Integer.parseInt(f.get(9)));
        }
        row.createCell(10).setCellValue(f.get(10));
      }
      book.write(stream);
    } finally {
      book.dispose();
      book.close();
    }
  }

  /** One CSV line as psql writes it (quotes only where needed; no line breaks inside these fields). */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    var field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    while (fields.size() < 11) {
      fields.add("");
    }
    return Arrays.asList(fields.toArray(String[]::new));
  }
}
