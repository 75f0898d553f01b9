package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** Why an xlsx cannot be read, in the words and codes the import shows. */
final class XlsxRefusals {

  private XlsxRefusals() {}

  static final String STRICT =
      "This workbook is saved as Strict Open XML; save it as an Excel Workbook (.xlsx).";

  /**
   * POI reads only transitional Open XML; a Strict workbook would otherwise be called damaged. Only
   * the start of the workbook part is read, whatever it claims to unzip to.
   */
  static void refuseStrict(Path file) {
    try (var zip = new ZipFile(file.toFile())) {
      var entry = zip.getEntry("xl/workbook.xml");
      if (entry == null) {
        return;
      }
      try (var in = zip.getInputStream(entry)) {
        String start = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        if (start.contains("http://purl.oclc.org/ooxml/spreadsheetml/main")) {
          throw new UnreadableFileException("strict-open-xml", STRICT);
        }
      }
    } catch (IOException e) {
      // Not a zip this reader opens: POI's own refusal words it.
    }
  }

  /**
   * A zip that opens but holds no workbook is some other archive; one that does not open is
   * damaged.
   */
  static UnreadableFileException classify(Path file, Exception e) {
    try (var zip = new ZipFile(file.toFile())) {
      return zip.getEntry("xl/workbook.xml") == null && zip.getEntry("[Content_Types].xml") == null
          ? notAWorkbook(e)
          : damaged(e);
    } catch (IOException unreadable) {
      return damaged(e);
    }
  }

  static RuntimeException translate(Path file, IOException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Zip bomb")) {
      return new UnreadableFileException(
          "zip-bomb",
          "The workbook expands to far more data than it holds, as a zip"
              + " bomb does, so it was not opened. If it is genuine, save it as CSV and import that.",
          e);
    }
    return classify(file, e);
  }

  static UnreadableFileException damaged(Exception e) {
    return new UnreadableFileException(
        "damaged-workbook",
        "The workbook is damaged or incomplete (for example, the"
            + " upload was cut off). Open it in Excel, save it again, and import the new copy.",
        e);
  }

  static UnreadableFileException notAWorkbook(Exception e) {
    return new UnreadableFileException(
        "not-a-spreadsheet",
        "The file is a zip archive but not an Excel workbook."
            + " Save it from Excel as .xlsx or .csv.",
        e);
  }
}
