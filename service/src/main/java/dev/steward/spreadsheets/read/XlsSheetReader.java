package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * Reads one sheet (the first visible one, unless named) of a legacy .xls with POI's HSSF. The
 * format itself caps a sheet at 65,536 rows and 256 columns, so holding the workbook in memory is
 * bounded, and firms still keep old lists in .xls. An OLE2 file that holds an {@code
 * EncryptionInfo} stream is a password-protected xlsx (Office wraps those in OLE2), refused here.
 */
final class XlsSheetReader {

  private XlsSheetReader() {}

  static SheetReader.Result read(Path file, RowSink sink, ReadBudget budget, String sheetName)
      throws IOException {
    var limits = budget.limits();
    long fileBytes = java.nio.file.Files.size(file);
    try (var fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
        throw passwordProtected(null);
      }
      if (!fs.getRoot().hasEntryCaseInsensitive("Workbook")
          && !fs.getRoot().hasEntryCaseInsensitive("Book")) {
        throw new UnreadableFileException(
            "not-a-spreadsheet",
            "The file is an Office document but not an Excel"
                + " workbook (perhaps a Word document). Save the sheet from Excel as .xlsx or .csv.");
      }
      try (var workbook = new HSSFWorkbook(fs.getRoot(), false)) {
        if (workbook.getNumberOfSheets() == 0) {
          throw new UnreadableFileException("empty-sheet", "The workbook has no sheet.");
        }
        int index = -1;
        var listed = new ArrayList<String>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
          String name = workbook.getSheetName(i);
          listed.add(name);
          boolean wanted =
              sheetName == null || sheetName.isBlank()
                  ? !workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)
                  : name.equalsIgnoreCase(sheetName.strip());
          if (index < 0 && wanted) {
            index = i;
          }
        }
        if (index < 0) {
          throw sheetName == null || sheetName.isBlank()
              ? new UnreadableFileException("empty-sheet", "Every sheet of the workbook is hidden.")
              : new UnreadableFileException(
                  "no-such-sheet",
                  "The workbook has no sheet named '"
                      + sheetName.strip()
                      + "'. Its sheets: "
                      + String.join(", ", listed)
                      + ".");
        }
        var sheet = workbook.getSheetAt(index);
        for (Row row : sheet) {
          int rowNumber = row.getRowNum() + 1;
          limits.checkRow(rowNumber);
          List<String> cells = new ArrayList<>();
          boolean any = false;
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            limits.checkColumn(c);
            String value = text(row.getCell(c));
            // A shared string is one object however many cells show it, but each cell counts its
            // text.
            budget.cell(rowNumber, c, value.length());
            any |= !value.isBlank();
            cells.add(value);
          }
          budget.endRow();
          budget.checkExpansion(fileBytes, rowNumber);
          if (any) {
            sink.row(row.getRowNum() + 1, cells);
          }
        }
        var sheets = new ArrayList<SheetInfo>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
          sheets.add(
              new SheetInfo(
                  workbook.getSheetName(i),
                  workbook.getSheetAt(i).getPhysicalNumberOfRows(),
                  workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i),
                  i == index));
        }
        return new SheetReader.Result(
            FileKind.XLS, sheet.getSheetName(), null, List.copyOf(sheets));
      }
    } catch (EncryptedDocumentException e) {
      throw passwordProtected(e);
    } catch (OldExcelFormatException e) {
      throw new UnreadableFileException(
          "unsupported-format",
          "The workbook is in the Excel 5/95 format, which is too"
              + " old to read. Open it in Excel and save it as .xlsx.",
          e);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw XlsxRefusals.damaged(e);
    }
  }

  static UnreadableFileException passwordProtected(Exception cause) {
    return new UnreadableFileException(
        "password-protected",
        "The workbook is protected with a password. Open it in"
            + " Excel, remove the password (File > Info > Protect Workbook), save, and import it again.",
        cause);
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? CellValues.isoDate(cell.getLocalDateTimeCellValue())
              : CellValues.plainNumber(cell.getNumericCellValue());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> "";
    };
  }
}
