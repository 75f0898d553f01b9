package dev.steward.spreadsheets.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files made to hurt an import, generated rather than kept (some unzip or stream to hundreds of
 * megabytes). Each is small on disk, or made on the fly, and each must end in its problem code. Run
 * {@link #main} to write the suite into a folder, to try them against a running service.
 *
 * <p>The workbooks start from one POI writes (so that their content types, relationships and styles
 * are what Excel reads), with the sheet and the shared-strings table replaced by XML written here.
 */
public final class HostileFiles {

  private static final String SHEET = "xl/worksheets/sheet1.xml";
  private static final String STRINGS = "xl/sharedStrings.xml";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String[] HEADER = {"First Name", "Last Name", "Notes"};

  private HostileFiles() {}

  /**
   * Writes the suite into the folder given (default {@code hostile-files}); the endless CSV line is
   * left out.
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "hostile-files"));
    sharedStringsBomb(dir.resolve("shared-strings-bomb.xlsx"));
    sharedStringsBomb(dir.resolve("padded-shared-strings-bomb.xlsx"), 10_000, 1, 30_000, 20);
    expandingSheet(dir.resolve("expanding-sheet.xlsx"), 80L << 20);
    longCell(dir.resolve("cell-32768.xlsx"), ReadLimits.EXCEL_CELL_CHARS + 1);
    Files.write(dir.resolve("cell-32768.csv"), longCellCsv(ReadLimits.EXCEL_CELL_CHARS + 1));
    try (var files = Files.list(dir)) {
      for (var file : files.sorted().toList()) {
        System.out.printf("%,14d  %s%n", Files.size(file), file);
      }
    }
  }

  /**
   * The workbook of the review: about 100 KB, whose shared-strings table holds one string of 30,000
   * characters that 60,000 cells refer to (three a row, under the bound on a row), so that it
   * unzips to a few megabytes of XML but shows 1.8 billion characters of cell text. No part is
   * large and none compresses past POI's inflate-ratio guard.
   */
  public static Path sharedStringsBomb(Path file) {
    return sharedStringsBomb(file, 20_000, 3, 30_000);
  }

  /**
   * {@link #sharedStringsBomb(Path)} with {@code rows} data rows of {@code cellsPerRow} cells of
   * {@code length}.
   */
  public static Path sharedStringsBomb(Path file, int rows, int cellsPerRow, int length) {
    return sharedStringsBomb(file, rows, cellsPerRow, length, 0);
  }

  /**
   * The bomb made by an attacker who knows the guard on expansion: each row also carries {@code
   * numbers} cells of random numbers, sheet bytes that show little text, so that the sheet shows
   * fewer characters a byte than the guard allows, and only the bound on the import's whole text
   * stops it.
   */
  public static Path sharedStringsBomb(
      Path file, int rows, int cellsPerRow, int length, int numbers) {
    return workbook(
        file,
        Map.of(
            STRINGS, out -> strings(out, text(length)),
            SHEET,
                out -> {
                  write(
                      out,
                      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                          + MAIN
                          + "\"><sheetData>"
                          + headerRow());
                  var random = new Random(11);
                  var row = new StringBuilder();
                  for (int r = 2; r <= rows + 1; r++) {
                    row.setLength(0);
                    row.append("<row r=\"").append(r).append("\">");
                    for (int c = 0; c < cellsPerRow; c++) {
                      row.append("<c r=\"")
                          .append((char) ('A' + c))
                          .append(r)
                          .append("\" t=\"s\"><v>")
                          .append(HEADER.length)
                          .append("</v></c>");
                    }
                    for (int c = 0; c < numbers; c++) {
                      row.append("<c r=\"")
                          .append(CellReference.convertNumToColString(HEADER.length + c))
                          .append(r)
                          .append("\"><v>")
                          .append(random.nextInt(1_000_000))
                          .append("</v></c>");
                    }
                    write(out, row.append("</row>").toString());
                  }
                  write(out, "</sheetData></worksheet>");
                }));
  }

  /**
   * A workbook whose sheet part unzips to more than {@code bytes}: rows of numbers, varied enough
   * that the part deflates by about ten, so that POI's inflate-ratio guard lets it through and only
   * a bound on the part's size stops it. The zip declares the part's true size.
   */
  public static Path expandingSheet(Path file, long bytes) {
    return workbook(
        file,
        Map.of(
            STRINGS, out -> strings(out),
            SHEET,
                out -> {
                  write(
                      out,
                      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                          + MAIN
                          + "\"><sheetData>"
                          + headerRow());
                  var random = new Random(7);
                  long written = 0;
                  var row = new StringBuilder();
                  for (int r = 2; written <= bytes; r++) {
                    row.setLength(0);
                    row.append("<row r=\"").append(r).append("\">");
                    for (int c = 0; c < 3; c++) {
                      row.append("<c r=\"")
                          .append((char) ('A' + c))
                          .append(r)
                          .append("\"><v>")
                          .append(random.nextInt(1_000_000))
                          .append("</v></c>");
                    }
                    String xml = row.append("</row>").toString();
                    write(out, xml);
                    written += xml.length();
                  }
                  write(out, "</sheetData></worksheet>");
                }));
  }

  /**
   * {@link #expandingSheet} whose zip states the sheet part's size as {@code declared} bytes: a zip
   * may say anything about sizes, so the part must also be counted as it unzips.
   */
  public static Path understatedSheet(Path file, long bytes, int declared) {
    expandingSheet(file, bytes);
    try (var zip = new RandomAccessFile(file.toFile(), "rw")) {
      byte[] all = new byte[(int) zip.length()];
      zip.readFully(all);
      byte[] name = SHEET.getBytes(StandardCharsets.US_ASCII);
      // Central directory headers: signature PK\1\2; the uncompressed size at 24, the name's length
      // at 28, the name
      // at 46.
      for (int at = all.length - 46; at >= 0; at--) {
        if (all[at] == 'P'
            && all[at + 1] == 'K'
            && all[at + 2] == 1
            && all[at + 3] == 2
            && (all[at + 28] & 0xFF | (all[at + 29] & 0xFF) << 8) == name.length
            && new String(all, at + 46, name.length, StandardCharsets.US_ASCII).equals(SHEET)) {
          zip.seek(at + 24);
          zip.write(
              new byte[] {
                (byte) declared,
                (byte) (declared >> 8),
                (byte) (declared >> 16),
                (byte) (declared >> 24)
              });
          return file;
        }
      }
      throw new IllegalStateException("No central directory entry for " + SHEET);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workbook whose row 2, column A shows a shared string of {@code length} characters. */
  public static Path longCell(Path file, int length) {
    return workbook(
        file,
        Map.of(
            STRINGS, out -> strings(out, text(length)),
            SHEET,
                out ->
                    write(
                        out,
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                            + MAIN
                            + "\"><sheetData>"
                            + headerRow()
                            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>"
                            + HEADER.length
                            + "</v></c><c r=\"B2\" t=\"s\"><v>1</v></c></row></sheetData></worksheet>")));
  }

  /**
   * A workbook whose cell B2 holds an inline string of {@code length} characters, outside any
   * shared table; random letters, so that it deflates too little for POI's inflate-ratio guard to
   * refuse it.
   */
  public static Path longInlineCell(Path file, int length) {
    return workbook(
        file,
        Map.of(
            STRINGS, out -> strings(out),
            SHEET,
                out -> {
                  write(
                      out,
                      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                          + MAIN
                          + "\"><sheetData>"
                          + headerRow()
                          + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\""
                          + " t=\"inlineStr\"><is><t>");
                  var random = new Random(length);
                  var chunk = new StringBuilder();
                  for (int left = length; left > 0; left -= chunk.length()) {
                    chunk.setLength(0);
                    for (int i = Math.min(left, 10_000); i > 0; i--) {
                      chunk.append((char) ('a' + random.nextInt(26)));
                    }
                    write(out, chunk.toString());
                  }
                  write(out, "</t></is></c></row></sheetData></worksheet>");
                }));
  }

  /** A CSV with a header and one contact whose notes hold {@code length} characters. */
  public static byte[] longCellCsv(int length) {
    return ("First Name,Last Name,Notes\r\nAda,Lovelace," + text(length) + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code bytes} of CSV text that never ends its first line: no newline, no delimiter, no quote.
   */
  public static InputStream endlessLine(long bytes) {
    return new InputStream() {
      private long left = bytes;

      @Override
      public int read() {
        if (left == 0) {
          return -1;
        }
        left--;
        return 'a' + (int) (left % 26);
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = (byte) ('a' + (int) ((left - i - 1) % 26));
        }
        left -= n;
        return n;
      }
    };
  }

  /** {@code length} characters of text, a sentence over and over. */
  public static String text(int length) {
    String sentence = "Met at the spring fair; prefers letters to email and calls on Tuesdays. ";
    var text = new StringBuilder(length + sentence.length());
    while (text.length() < length) {
      text.append(sentence);
    }
    return text.substring(0, length);
  }

  private static String headerRow() {
    var row = new StringBuilder("<row r=\"1\">");
    for (int c = 0; c < HEADER.length; c++) {
      row.append("<c r=\"")
          .append((char) ('A' + c))
          .append("1\" t=\"s\"><v>")
          .append(c)
          .append("</v></c>");
    }
    return row.append("</row>").toString();
  }

  /** The shared-strings table: the header's names, then {@code more}. */
  private static void strings(OutputStream out, String... more) throws IOException {
    write(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
            + MAIN
            + "\">");
    for (String name : HEADER) {
      write(out, "<si><t>" + name + "</t></si>");
    }
    for (String text : more) {
      write(out, "<si><t>" + text + "</t></si>");
    }
    write(out, "</sst>");
  }

  private interface Part {
    void write(OutputStream out) throws IOException;
  }

  /** A workbook POI writes, with the parts named in {@code replaced} written anew. */
  private static Path workbook(Path file, Map<String, Part> replaced) {
    try (var out = new ZipOutputStream(Files.newOutputStream(file));
        var base = new ZipInputStream(new java.io.ByteArrayInputStream(baseWorkbook()))) {
      for (var entry = base.getNextEntry(); entry != null; entry = base.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        var part = replaced.get(entry.getName());
        if (part == null) {
          base.transferTo(out);
        } else {
          part.write(out);
        }
        out.closeEntry();
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-sheet workbook with a shared-strings table, as POI writes it. */
  private static byte[] baseWorkbook() throws IOException {
    try (var workbook = new XSSFWorkbook();
        var bytes = new ByteArrayOutputStream()) {
      var header = workbook.createSheet("Contacts").createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}
