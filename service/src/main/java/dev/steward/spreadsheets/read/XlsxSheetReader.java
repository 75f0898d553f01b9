package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.poi.EmptyFileException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Streams the first sheet of an xlsx through POI's event API ({@link XSSFReader} and {@link XSSFSheetXMLHandler}),
 * which the import benchmark measured fastest of the readers that keep POI's zip-bomb guard ({@code ZipSecureFile})
 * on. Only one row is held at a time, and the shared strings wait in a temporary file ({@link SpilledSharedStrings});
 * formula cells give their cached values.
 */
final class XlsxSheetReader {

  private XlsxSheetReader() {}

  /**
   * Besides POI's zip-bomb guard, which refuses parts that unzip far beyond their compressed size, the first sheet's
   * part and the shared-strings part are refused when they unzip past the budget's part limit (as declared by the
   * zip before reading, and as counted while reading), and each cell's text is counted as it is read: a small
   * shared-strings table that many cells refer to expands without any part being large.
   */
  static String read(Path file, RowSink sink, ReadBudget budget) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        var strings = SpilledSharedStrings.read(pkg, budget)) {
      var reader = new XSSFReader(pkg);
      var styles = reader.getStylesTable();
      var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new UnreadableFileException("empty-sheet", "The workbook has no sheet.");
      }
      sheets.next().close();
      try (var sheet = BoundedPart.open(sheets.getSheetPart(), "sheet", budget)) {
        String name = sheets.getSheetName();
        var xml = XMLHelper.newXMLReader();
        var handler = new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink, budget, sheet::count),
            new CellValues(), false);
        xml.setContentHandler(new CellTextGuard(handler, budget.limits().maxCellChars()));
        xml.parse(new InputSource(sheet));
        return name;
      }
    } catch (UnreadableFileException e) {
      throw e;
    } catch (NotOfficeXmlFileException | EmptyFileException e) {
      throw notAWorkbook(e);
    } catch (InvalidFormatException | OpenXML4JRuntimeException e) {
      throw classify(file, e);
    } catch (OpenXML4JException | SAXException | IllegalStateException
        | javax.xml.parsers.ParserConfigurationException e) {
      throw classify(file, e);
    } catch (IOException e) {
      throw translate(file, e);
    } catch (org.apache.poi.ooxml.POIXMLException e) {
      throw damaged(e);
    }
  }

  /** A zip that opens but holds no workbook is some other archive; one that does not open is damaged. */
  private static UnreadableFileException classify(Path file, Exception e) {
    try (var zip = new java.util.zip.ZipFile(file.toFile())) {
      return zip.getEntry("xl/workbook.xml") == null && zip.getEntry("[Content_Types].xml") == null
          ? notAWorkbook(e) : damaged(e);
    } catch (IOException unreadable) {
      return damaged(e);
    }
  }

  private static RuntimeException translate(Path file, IOException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("Zip bomb")) {
      return new UnreadableFileException("zip-bomb", "The workbook expands to far more data than it holds, as a zip"
          + " bomb does, so it was not opened. If it is genuine, save it as CSV and import that.", e);
    }
    return classify(file, e);
  }

  static UnreadableFileException damaged(Exception e) {
    return new UnreadableFileException("damaged-workbook", "The workbook is damaged or incomplete (for example, the"
        + " upload was cut off). Open it in Excel, save it again, and import the new copy.", e);
  }

  static UnreadableFileException notAWorkbook(Exception e) {
    return new UnreadableFileException("not-a-spreadsheet", "The file is a zip archive but not an Excel workbook."
        + " Save it from Excel as .xlsx or .csv.", e);
  }

  /** Collects one row's cells by column, filling skipped (blank) cells with empty strings, and counts their text. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final RowSink sink;
    private final ReadLimits limits;
    private final ReadBudget budget;
    private final LongSupplier sheetBytes;
    private final List<String> cells = new ArrayList<>();
    private int rowNumber;
    private boolean anyValue;

    Rows(RowSink sink, ReadBudget budget, LongSupplier sheetBytes) {
      this.sink = sink;
      this.budget = budget;
      this.limits = budget.limits();
      this.sheetBytes = sheetBytes;
    }

    @Override
    public void startRow(int rowNum) {
      rowNumber = rowNum + 1;
      limits.checkRow(rowNumber);
      cells.clear();
      anyValue = false;
    }

    @Override
    public void endRow(int rowNum) {
      budget.endRow();
      budget.checkExpansion(sheetBytes.getAsLong(), rowNumber);
      if (anyValue) {
        sink.row(rowNum + 1, new ArrayList<>(cells));
      }
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      int column = reference == null ? cells.size() : new CellReference(reference).getCol();
      limits.checkColumn(column);
      while (cells.size() < column) {
        cells.add("");
      }
      String value = formattedValue == null ? "" : formattedValue;
      budget.cell(rowNumber, column, value.length());
      cells.add(value);
      if (!value.isBlank()) {
        anyValue = true;
      }
    }
  }
}
