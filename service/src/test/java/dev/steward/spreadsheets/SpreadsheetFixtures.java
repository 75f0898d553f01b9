package dev.steward.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Spreadsheet fixtures made by the project: the CSV exports live under {@code
 * src/test/resources/spreadsheets/}; workbooks are built here with POI, so that what they hold is
 * written down next to the tests that read them.
 */
final class SpreadsheetFixtures {

  private SpreadsheetFixtures() {}

  static byte[] resource(String name) {
    try (InputStream in = SpreadsheetFixtures.class.getResourceAsStream("/spreadsheets/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A client list as people keep them in Excel: a merged "Phone" header over two columns (the
   * second header cell is blank), a phone stored as a number, a date of birth formatted as a date,
   * a formula for the email and one for a score, and an empty row between the two clients.
   *
   * <pre>
   *   | Full Name      | Company       | Phone (merged C:D)   |      | Email                  | Birthday   | Score  |
   * 2 | Ada Lovelace   |               | 14155550123 (number) | ext. | =LOWER("ADA@...")      | 1952-03-11 | =10*2  |
   * 3 | (empty)
   * 4 | Estate of ...  |               | +44 20 7946 0958     |      | estate@probate.example |            | 7.5    |
   * </pre>
   */
  static byte[] formulasDatesMerged() {
    try (var workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("Clients");
      var header = sheet.createRow(0);
      String[] names = {"Full Name", "Company", "Phone", "", "Email", "Birthday", "Score"};
      for (int i = 0; i < names.length; i++) {
        if (!names[i].isEmpty()) {
          header.createCell(i).setCellValue(names[i]);
        }
      }
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
      var dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      var ada = sheet.createRow(1);
      ada.createCell(0).setCellValue("Ada Lovelace");
      ada.createCell(2).setCellValue(14155550123d);
      ada.createCell(3).setCellValue("ext. 12");
      ada.createCell(4).setCellFormula("LOWER(\"ADA@Analytical.ORG\")");
      var birthday = ada.createCell(5);
      birthday.setCellValue(LocalDate.of(1952, 3, 11));
      birthday.setCellStyle(dateStyle);
      ada.createCell(6).setCellFormula("10*2");
      var estate = sheet.createRow(3);
      estate.createCell(0).setCellValue("Estate of Charles Babbage");
      estate.createCell(2).setCellValue("+44 20 7946 0958");
      estate.createCell(4).setCellValue("estate@probate.example");
      estate.createCell(6).setCellValue(7.5);
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      return bytes(workbook::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workbook whose only sheet is empty. */
  static byte[] emptySheet() {
    try (var workbook = new XSSFWorkbook()) {
      workbook.createSheet("Sheet1");
      return bytes(workbook::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A workbook saved with a password to open: Office wraps the encrypted package in an OLE2 file.
   */
  static byte[] passwordProtected() {
    try (var fs = new POIFSFileSystem()) {
      var info = new EncryptionInfo(EncryptionMode.agile);
      var encryptor = info.getEncryptor();
      encryptor.confirmPassword("Secret-123");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(formulasDatesMerged());
      }
      return bytes(fs::writeFilesystem);
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first half of a workbook, as an interrupted download leaves it. */
  static byte[] truncated() {
    byte[] whole = formulasDatesMerged();
    return Arrays.copyOf(whole, whole.length / 2);
  }

  /** A PNG image's first bytes. */
  static byte[] png() {
    return new byte[] {
      (byte) 0x89,
      'P',
      'N',
      'G',
      0x0D,
      0x0A,
      0x1A,
      0x0A,
      0,
      0,
      0,
      0x0D,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      8,
      2,
      0,
      0,
      0
    };
  }

  /**
   * A zip bomb dressed as a workbook: {@link #emptySheet()} with its sheet XML padded by 64 MB of
   * blanks between {@code <sheetData>} and {@code </sheetData>}, which deflate to some 64 KB. Read
   * without POI's inflate-ratio guard, it is a valid, empty sheet.
   */
  static byte[] zipBomb() {
    return bytes(
        out -> {
          try (var source =
                  new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(emptySheet()));
              var zip = new ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            for (var entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
              zip.putNextEntry(new ZipEntry(entry.getName()));
              if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                zip.write(
                    paddedSheet(
                        new String(source.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                        zip));
              } else {
                source.transferTo(zip);
              }
              zip.closeEntry();
            }
          }
        });
  }

  /** Writes the sheet up to its end of data, then the padding, and returns what follows. */
  private static byte[] paddedSheet(String xml, OutputStream zip) throws IOException {
    int cut =
        xml.contains("<sheetData/>") ? xml.indexOf("<sheetData/>") : xml.indexOf("</sheetData>");
    String before = xml.substring(0, cut) + (xml.contains("<sheetData/>") ? "<sheetData>" : "");
    String after =
        "</sheetData>"
            + xml.substring(
                xml.contains("<sheetData/>")
                    ? cut + "<sheetData/>".length()
                    : cut + "</sheetData>".length());
    zip.write(before.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    byte[] blanks = new byte[1 << 20];
    Arrays.fill(blanks, (byte) ' ');
    for (int i = 0; i < 64; i++) {
      zip.write(blanks);
    }
    return after.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A zip archive that is not a workbook (a few text files). */
  static byte[] plainZip() {
    return bytes(
        out -> {
          try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
          }
        });
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static byte[] bytes(Writer writer) {
    var out = new ByteArrayOutputStream();
    try {
      writer.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
