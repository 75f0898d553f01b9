package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Streams one sheet of an OpenDocument spreadsheet (.ods, LibreOffice's own format) with SAX over
 * its {@code content.xml} ({@link OdsContent}). The zip is opened with POI's {@link ZipSecureFile},
 * whose inflate-ratio guard refuses a zip bomb as in an xlsx, and {@code content.xml} is bounded
 * like an xlsx sheet part ({@link BoundedPart}). All sheets sit in that one part: when no sheet is
 * named and there are several, a first pass reads each visible sheet's first rows to choose the one
 * that looks like contacts (failing that the active one, from {@code settings.xml}), and a second
 * pass reads it. A sheet is hidden when its automatic table style says {@code
 * table:display="false"}.
 */
final class OdsSheetReader {

  private OdsSheetReader() {}

  static SheetReader.Result read(
      Path file,
      RowSink sink,
      ReadBudget budget,
      String sheetName,
      ToIntFunction<List<List<String>>> score) {
    try (var zip = new ZipSecureFile(file.toFile())) {
      refuseEncrypted(zip);
      var content = zip.getEntry("content.xml");
      if (content == null) {
        throw damaged(null);
      }
      boolean named = sheetName != null && !sheetName.isBlank();
      // null: the first visible sheet, the only one there is.
      String chosen =
          named
              ? sheetName.strip()
              : tableStarts(zip, content, budget) == 1
                  ? null
                  : choose(zip, content, budget, score, activeSheet(zip, budget));
      var listed = new ArrayList<SheetInfo>();
      String[] found = {null};
      parse(
          zip,
          content,
          budget,
          new OdsContent.Tables() {
            @Override
            public OdsContent.Reading start(String name, boolean hidden) {
              if (found[0] == null && (chosen == null ? !hidden : name.equalsIgnoreCase(chosen))) {
                found[0] = name;
                return new OdsContent.Reading(sink, budget, Integer.MAX_VALUE);
              }
              return null;
            }

            @Override
            public void end(String name, boolean hidden, int rows) {
              listed.add(new SheetInfo(name, rows, hidden, name.equals(found[0])));
            }
          });
      if (found[0] == null) {
        throw listed.isEmpty() || chosen == null
            ? allHidden()
            : new UnreadableFileException(
                "no-such-sheet",
                "The spreadsheet has no sheet named '"
                    + chosen
                    + "'. Its sheets: "
                    + String.join(", ", listed.stream().map(SheetInfo::name).toList())
                    + ".");
      }
      return new SheetReader.Result(FileKind.ODS, found[0], null, List.copyOf(listed));
    } catch (IOException e) {
      throw refusal(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw damaged(e);
    }
  }

  /**
   * A spreadsheet saved with a password keeps its parts encrypted, as its manifest says ({@code
   * manifest:encryption-data}); only the manifest's start is read.
   */
  private static void refuseEncrypted(ZipSecureFile zip) throws IOException {
    var manifest = zip.getEntry("META-INF/manifest.xml");
    if (manifest == null) {
      return;
    }
    try (var in = zip.getInputStream(manifest)) {
      String start = new String(in.readNBytes(1 << 16), java.nio.charset.StandardCharsets.UTF_8);
      if (start.contains("encryption-data")) {
        throw new UnreadableFileException(
            "password-protected",
            "The spreadsheet is protected with a password. Open it in LibreOffice, save it without"
                + " the password (File > Save As, with Save with password unticked), and import it"
                + " again.");
      }
    }
  }

  /** The visible sheet whose first rows look most like contacts; ties go to the active one. */
  private static String choose(
      ZipSecureFile zip,
      ZipArchiveEntry content,
      ReadBudget budget,
      ToIntFunction<List<List<String>>> score,
      String active)
      throws IOException {
    var visible = new ArrayList<String>();
    var firstRows = new ArrayList<List<List<String>>>();
    parse(
        zip,
        content,
        budget,
        new OdsContent.Tables() {
          @Override
          public OdsContent.Reading start(String name, boolean hidden) {
            if (hidden) {
              return null;
            }
            var rows = new ArrayList<List<String>>();
            visible.add(name);
            firstRows.add(rows);
            return new OdsContent.Reading(
                (n, cells) -> rows.add(cells),
                new ReadBudget(budget.limits(), 0, budget.timeLeft()),
                XlsxSheetReader.SCAN_ROWS);
          }

          @Override
          public void end(String name, boolean hidden, int rows) {}
        });
    if (visible.isEmpty()) {
      throw allHidden();
    }
    String best = visible.contains(active) ? active : visible.get(0);
    if (visible.size() == 1 || score == null) {
      return best;
    }
    int bestScore = 0;
    for (int i = 0; i < visible.size(); i++) {
      int points = score.applyAsInt(firstRows.get(i));
      if (points > bestScore
          || (points == bestScore && points > 0 && visible.get(i).equals(active))) {
        best = visible.get(i);
        bestScore = points;
      }
    }
    return best;
  }

  private static UnreadableFileException allHidden() {
    return new UnreadableFileException(
        "empty-sheet",
        "Every sheet of the spreadsheet is hidden, or it has none. Show the sheet of contacts in"
            + " LibreOffice, or name it when importing.");
  }

  private static final byte[] TABLE_START =
      "<table:table".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * How many sheets {@code content.xml} holds, counted on its bytes without parsing them, in a
   * fraction of a parse's time: with one sheet there is nothing to choose, and one pass reads it. A
   * writer that names the table namespace otherwise than {@code table:} counts none, and the sheets
   * are then chosen by parsing.
   */
  private static int tableStarts(ZipSecureFile zip, ZipArchiveEntry content, ReadBudget budget)
      throws IOException {
    int tables = 0;
    int matched = 0;
    try (var in =
        BoundedPart.open(content.getSize(), zip.getInputStream(content), "content", budget)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          byte b = buffer[i];
          if (matched == TABLE_START.length) {
            if (b == '>' || b == '/' || Character.isWhitespace(b)) {
              tables++;
            }
            matched = 0;
          }
          matched = b == TABLE_START[matched] ? matched + 1 : b == '<' ? 1 : 0;
        }
      }
    }
    return tables;
  }

  private static void parse(
      ZipSecureFile zip, ZipArchiveEntry content, ReadBudget budget, OdsContent.Tables tables)
      throws IOException {
    try (var in =
        BoundedPart.open(content.getSize(), zip.getInputStream(content), "content", budget)) {
      var xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new OdsContent(tables, in::count));
      xml.parse(new InputSource(in));
    } catch (SAXException | ParserConfigurationException e) {
      throw damaged(e);
    }
  }

  /**
   * The sheet LibreOffice had open when the file was saved ({@code ActiveTable} in {@code
   * settings.xml}), or null.
   */
  private static String activeSheet(ZipSecureFile zip, ReadBudget budget) throws IOException {
    var settings = zip.getEntry("settings.xml");
    if (settings == null) {
      return null;
    }
    var active = new StringBuilder();
    try (var in =
        BoundedPart.open(settings.getSize(), zip.getInputStream(settings), "settings", budget)) {
      var xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            private boolean inActive;

            @Override
            public void startElement(
                String uri, String local, String qName, org.xml.sax.Attributes atts) {
              inActive =
                  local.equals("config-item") && "ActiveTable".equals(atts.getValue(uri, "name"));
            }

            @Override
            public void endElement(String uri, String local, String qName) {
              inActive = false;
            }

            @Override
            public void characters(char[] ch, int start, int length) {
              if (inActive && active.length() + length <= 1_000) {
                active.append(ch, start, length);
              }
            }
          });
      xml.parse(new InputSource(in));
    } catch (SAXException | ParserConfigurationException e) {
      return null;
    }
    return active.isEmpty() ? null : active.toString();
  }

  private static UnreadableFileException refusal(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (String.valueOf(cause.getMessage()).contains("Zip bomb")) {
        return new UnreadableFileException(
            "zip-bomb",
            "The spreadsheet expands to far more data than it holds, as a zip bomb does, so it was"
                + " not opened. If it is genuine, save it as CSV and import that.",
            e);
      }
    }
    return damaged(e);
  }

  static UnreadableFileException damaged(Exception e) {
    return new UnreadableFileException(
        "damaged-workbook",
        "The spreadsheet is damaged or incomplete (for example, the upload was cut off). Open it in"
            + " LibreOffice, save it again, and import the new copy.",
        e);
  }
}
