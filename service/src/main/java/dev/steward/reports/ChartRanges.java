package dev.steward.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrRef;

/**
 * Keeps a template's charts on its tables once they are resized: every chart range that spanned a
 * table column's data is stretched or shrunk to the rows now there, with its cached values renewed.
 */
final class ChartRanges {

  private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

  /** A table's rows before and after filling, by sheet, for the chart ranges to follow. */
  private record Resized(
      String sheet, int firstColumn, int lastColumn, int headerRow, int oldLast, int newLast) {}

  private final XSSFWorkbook book;
  private final List<Resized> resized = new ArrayList<>();

  ChartRanges(XSSFWorkbook book) {
    this.book = book;
  }

  /** A table on {@code sheet} that spanned {@code before} now ends at row {@code newLast}. */
  void resized(String sheet, WorkbookFiller.TableArea before, int newLast) {
    resized.add(
        new Resized(
            sheet,
            before.firstColumn(),
            before.lastColumn(),
            before.header(),
            before.lastRow(),
            newLast));
  }

  /**
   * Points every chart range that covered a filled table column's data (from its header or first
   * data row down to its last row) at the rows now there, and renews the values the chart caches,
   * for every chart kind.
   */
  void fit() {
    var formatter = new DataFormatter(Locale.ROOT);
    for (var sheet : book) {
      var drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
      if (drawing == null) {
        continue;
      }
      for (XSSFChart chart : drawing.getCharts()) {
        for (XmlObject ref : references(chart.getCTChartSpace())) {
          if (ref instanceof CTNumRef numRef) {
            String fitted = fit(numRef.getF());
            if (fitted != null) {
              numRef.setF(fitted);
              cache(numRef, fitted);
            }
          } else if (ref instanceof CTStrRef strRef) {
            String fitted = fit(strRef.getF());
            if (fitted != null) {
              strRef.setF(fitted);
              cache(strRef, fitted, formatter);
            }
          }
        }
      }
    }
  }

  private static List<XmlObject> references(XmlObject chartSpace) {
    List<XmlObject> found = new ArrayList<>();
    try (XmlCursor cursor = chartSpace.newCursor()) {
      while (cursor.toNextToken() != XmlCursor.TokenType.ENDDOC) {
        if (cursor.isStart()
            && CHART_NS.equals(cursor.getName().getNamespaceURI())
            && (cursor.getName().getLocalPart().equals("numRef")
                || cursor.getName().getLocalPart().equals("strRef"))) {
          found.add(cursor.getObject());
        }
      }
    }
    return found;
  }

  /**
   * The formula stretched to a resized table's rows, or null when it covers no resized table
   * column's data.
   */
  private String fit(String formula) {
    if (formula == null || formula.isBlank() || formula.contains(",")) {
      return null;
    }
    AreaReference area;
    try {
      area = new AreaReference(formula.strip(), SpreadsheetVersion.EXCEL2007);
    } catch (RuntimeException e) {
      return null; // a named range or something else this writer does not move
    }
    var first = area.getFirstCell();
    var last = area.getLastCell();
    if (first.getSheetName() == null || first.getCol() != last.getCol()) {
      return null;
    }
    for (var table : resized) {
      if (table.sheet().equals(first.getSheetName())
          && first.getCol() >= table.firstColumn()
          && first.getCol() <= table.lastColumn()
          && last.getRow() == table.oldLast()
          && first.getRow() >= table.headerRow()
          && first.getRow() <= table.oldLast()
          && (first.getRow() != last.getRow() || first.getRow() != table.headerRow())) {
        int firstRow = Math.min(first.getRow(), table.newLast());
        var fitted =
            new AreaReference(
                new CellReference(first.getSheetName(), firstRow, first.getCol(), true, true),
                new CellReference(
                    first.getSheetName(), table.newLast(), first.getCol(), true, true),
                SpreadsheetVersion.EXCEL2007);
        return fitted.formatAsString();
      }
    }
    return null;
  }

  private List<Cell> cells(String formula) {
    var area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
    Sheet sheet = book.getSheet(area.getFirstCell().getSheetName());
    List<Cell> cells = new ArrayList<>();
    for (var ref : area.getAllReferencedCells()) {
      var row = sheet == null ? null : sheet.getRow(ref.getRow());
      cells.add(row == null ? null : row.getCell(ref.getCol()));
    }
    return cells;
  }

  // CPD-OFF: the number and the text caches are two XMLBeans types (CTNumData, CTStrData) with no
  // common interface for their points, so their same few steps are written once for each.
  private void cache(CTNumRef ref, String formula) {
    var cells = cells(formula);
    CTNumData cache = ref.isSetNumCache() ? ref.getNumCache() : ref.addNewNumCache();
    String formatCode = cache.isSetFormatCode() ? cache.getFormatCode() : "General";
    cache.setPtArray(null);
    cache.setFormatCode(formatCode);
    if (!cache.isSetPtCount()) {
      cache.addNewPtCount();
    }
    cache.getPtCount().setVal(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      var cell = cells.get(i);
      if (cell != null && cell.getCellType() == CellType.NUMERIC) {
        var pt = cache.addNewPt();
        pt.setIdx(i);
        pt.setV(Double.toString(cell.getNumericCellValue()));
      }
    }
  }

  private void cache(CTStrRef ref, String formula, DataFormatter formatter) {
    var cells = cells(formula);
    CTStrData cache = ref.isSetStrCache() ? ref.getStrCache() : ref.addNewStrCache();
    cache.setPtArray(null);
    if (!cache.isSetPtCount()) {
      cache.addNewPtCount();
    }
    cache.getPtCount().setVal(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      var cell = cells.get(i);
      if (cell != null && cell.getCellType() != CellType.BLANK) {
        var pt = cache.addNewPt();
        pt.setIdx(i);
        pt.setV(formatter.formatCellValue(cell));
      }
    }
  }

  // CPD-ON
}
