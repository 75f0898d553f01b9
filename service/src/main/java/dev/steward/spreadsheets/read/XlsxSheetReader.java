package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  static String read(Path file, RowSink sink, ReadLimits limits) throws IOException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        var strings = SpilledSharedStrings.read(pkg)) {
      var reader = new XSSFReader(pkg);
      var styles = reader.getStylesTable();
      var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new UnreadableFileException("empty-sheet", "The workbook has no sheet.");
      }
      try (InputStream sheet = sheets.next()) {
        String name = sheets.getSheetName();
        var xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink, limits), new CellValues(),
            false));
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

  /** Collects one row's cells by column, filling skipped (blank) cells with empty strings. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final RowSink sink;
    private final ReadLimits limits;
    private final List<String> cells = new ArrayList<>();
    private boolean anyValue;

    Rows(RowSink sink, ReadLimits limits) {
      this.sink = sink;
      this.limits = limits;
    }

    @Override
    public void startRow(int rowNum) {
      limits.checkRow(rowNum + 1);
      cells.clear();
      anyValue = false;
    }

    @Override
    public void endRow(int rowNum) {
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
      cells.add(value);
      if (!value.isBlank()) {
        anyValue = true;
      }
    }
  }
}
