package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Streams one sheet of an xlsx through POI's event API ({@link XSSFReader} and {@link
 * XSSFSheetXMLHandler}), which the import benchmark measured fastest of the readers that keep POI's
 * zip-bomb guard ({@code ZipSecureFile}) on. Only one row is held at a time, and the shared strings
 * wait in a temporary file ({@link SpilledSharedStrings}); formula cells give their cached values.
 */
final class XlsxSheetReader {

  private XlsxSheetReader() {}

  /**
   * Besides POI's zip-bomb guard, which refuses parts that unzip far beyond their compressed size,
   * the sheet's part and the shared-strings part are refused when they unzip past the budget's part
   * limit (as declared by the zip before reading, and as counted while reading), and each cell's
   * text is counted as it is read: a small shared-strings table that many cells refer to expands
   * without any part being large.
   *
   * @param sheetName the sheet to read, or null for the one that looks most like contacts (by
   *     {@code score} of its first rows), failing that the active sheet; a hidden sheet only when
   *     named
   */
  static SheetReader.Result read(
      Path file,
      RowSink sink,
      ReadBudget budget,
      String sheetName,
      ToIntFunction<List<List<String>>> score)
      throws IOException {
    XlsxRefusals.refuseStrict(file);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        var strings = SpilledSharedStrings.read(pkg, budget)) {
      var reader = new XSSFReader(pkg);
      var book = WorkbookFacts.read(reader, budget);
      var styles = reader.getStylesTable();
      var parts = new java.util.LinkedHashMap<String, org.apache.poi.openxml4j.opc.PackagePart>();
      var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        sheets.next().close();
        parts.put(sheets.getSheetName(), sheets.getSheetPart());
      }
      if (parts.isEmpty()) {
        throw new UnreadableFileException("empty-sheet", "The workbook has no sheet.");
      }
      var values = new CellValues(book.date1904());
      String chosen = choose(parts, book, sheetName, budget, styles, strings, values, score);
      var listed = new ArrayList<SheetInfo>();
      for (var entry : parts.entrySet()) {
        listed.add(
            new SheetInfo(
                entry.getKey(),
                dimensionRows(entry.getValue(), budget),
                book.hidden().contains(entry.getKey()),
                entry.getKey().equals(chosen)));
      }
      try (var sheet = BoundedPart.open(parts.get(chosen), "sheet", budget)) {
        var xml = XMLHelper.newXMLReader();
        var handler =
            new XSSFSheetXMLHandler(
                styles, null, strings, new XlsxRows(sink, budget, sheet::count), values, false);
        xml.setContentHandler(new CellTextGuard(handler, budget.limits().maxCellChars()));
        xml.parse(new InputSource(sheet));
        return new SheetReader.Result(FileKind.XLSX, chosen, null, List.copyOf(listed));
      }
    } catch (UnreadableFileException e) {
      throw e;
    } catch (NotOfficeXmlFileException | EmptyFileException e) {
      throw XlsxRefusals.notAWorkbook(e);
    } catch (InvalidFormatException | OpenXML4JRuntimeException e) {
      throw XlsxRefusals.classify(file, e);
    } catch (OpenXML4JException
        | SAXException
        | IllegalStateException
        | javax.xml.parsers.ParserConfigurationException e) {
      throw XlsxRefusals.classify(file, e);
    } catch (IOException e) {
      throw XlsxRefusals.translate(file, e);
    } catch (org.apache.poi.ooxml.POIXMLException e) {
      throw XlsxRefusals.damaged(e);
    }
  }

  private static String choose(
      Map<String, PackagePart> parts,
      WorkbookFacts book,
      String wanted,
      ReadBudget budget,
      org.apache.poi.xssf.model.Styles styles,
      SharedStrings strings,
      CellValues values,
      ToIntFunction<List<List<String>>> score)
      throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
    if (wanted != null && !wanted.isBlank()) {
      for (String name : parts.keySet()) {
        if (name.equalsIgnoreCase(wanted.strip())) {
          return name;
        }
      }
      throw new UnreadableFileException(
          "no-such-sheet",
          "The workbook has no sheet named '"
              + wanted.strip()
              + "'. Its sheets: "
              + String.join(", ", parts.keySet())
              + ".");
    }
    var visible = parts.keySet().stream().filter(n -> !book.hidden().contains(n)).toList();
    if (visible.isEmpty()) {
      throw new UnreadableFileException(
          "empty-sheet",
          "Every sheet of the workbook is hidden. Show the sheet of"
              + " contacts in Excel, or name it when importing.");
    }
    String active =
        book.activeSheet() != null && visible.contains(book.activeSheet())
            ? book.activeSheet()
            : visible.get(0);
    if (visible.size() == 1 || score == null) {
      return active;
    }
    String best = active;
    int bestScore = 0;
    for (String name : visible) {
      int points = score.applyAsInt(firstRows(parts.get(name), budget, styles, strings, values));
      if (points > bestScore || (points == bestScore && points > 0 && name.equals(active))) {
        best = name;
        bestScore = points;
      }
    }
    return best;
  }

  static final int SCAN_ROWS = 30;

  /**
   * A sheet's first rows, to tell whether it holds contacts; their text counts against a budget of
   * its own.
   */
  private static List<List<String>> firstRows(
      PackagePart part,
      ReadBudget budget,
      org.apache.poi.xssf.model.Styles styles,
      SharedStrings strings,
      CellValues values)
      throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
    var rows = new ArrayList<List<String>>();
    var scan = new ReadBudget(budget.limits(), 0, budget.timeLeft());
    try (var sheet = BoundedPart.open(part, "sheet", scan)) {
      var xml = XMLHelper.newXMLReader();
      var handler =
          new XSSFSheetXMLHandler(
              styles,
              null,
              strings,
              new XlsxRows(
                  (n, cells) -> {
                    rows.add(cells);
                    if (rows.size() >= SCAN_ROWS) {
                      throw new EnoughRows();
                    }
                  },
                  scan,
                  sheet::count),
              values,
              false);
      xml.setContentHandler(new CellTextGuard(handler, budget.limits().maxCellChars()));
      xml.parse(new InputSource(sheet));
    } catch (EnoughRows enough) {
      // The first rows are all the choice needs.
    }
    return rows;
  }

  /** Stops reading a part once what was wanted of it is read. */
  private static final class EnoughRows extends RuntimeException {
    EnoughRows() {
      super(null, null, false, false);
    }
  }

  /**
   * The rows a sheet declares in its {@code dimension} ("A1:K1060" is 1,060), read from the part's
   * start.
   */
  private static int dimensionRows(PackagePart part, ReadBudget budget) {
    int[] rows = {0};
    try (var sheet =
        BoundedPart.open(part, "sheet", new ReadBudget(budget.limits(), 0, budget.timeLeft()))) {
      var xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void startElement(
                String uri, String local, String qName, org.xml.sax.Attributes atts) {
              if (local.equals("dimension")) {
                String ref = atts.getValue("ref");
                String last = ref == null ? "" : ref.substring(ref.indexOf(':') + 1);
                String digits = last.replaceAll("[^0-9]", "");
                rows[0] = digits.isEmpty() ? 0 : Integer.parseInt(digits);
                throw new EnoughRows();
              }
              if (local.equals("sheetData")) {
                throw new EnoughRows();
              }
            }
          });
      xml.parse(new InputSource(sheet));
    } catch (EnoughRows
        | IOException
        | SAXException
        | javax.xml.parsers.ParserConfigurationException
        | NumberFormatException e) {
      // The count is only shown; without a dimension it stays unknown (0).
    }
    return rows[0];
  }
}
