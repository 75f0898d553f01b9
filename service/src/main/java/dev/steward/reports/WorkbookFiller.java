package dev.steward.reports;

import dev.steward.platform.CellText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumRef;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrRef;

/**
 * Writes figures into a template's named tables and cells, and keeps everything else of the
 * template: each table is resized to the rows written, and every chart range that spanned a table
 * column's data is stretched or shrunk to match, with its cached values renewed. Cells take the
 * styles of the template's rows (row i the style of template row i, the rows past them the style of
 * the last), so a restyled template restyles the report.
 */
final class WorkbookFiller {

  private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

  /** A table's rows before and after filling, by sheet, for the chart ranges to follow. */
  private record Resized(
      String sheet, int firstColumn, int lastColumn, int headerRow, int oldLast, int newLast) {}

  private final XSSFWorkbook book;
  private final List<Resized> resized = new ArrayList<>();
  // Keyed by the style's index: an XSSF style's hashCode writes out its XML, far too slow for every
  // cell.
  private final Map<Integer, CellStyle> quoted = new HashMap<>();

  WorkbookFiller(XSSFWorkbook book) {
    this.book = book;
  }

  /**
   * The table of that name (Excel compares table names without case), or an exception naming it.
   */
  XSSFTable table(String name) {
    for (var sheet : book) {
      for (var table : ((XSSFSheet) sheet).getTables()) {
        if (table.getName() != null && table.getName().equalsIgnoreCase(name)) {
          return table;
        }
      }
    }
    throw new IllegalStateException("The template has no table named " + name);
  }

  /**
   * Column positions (0 = the table's first column) of {@code columns}, found by header text
   * regardless of case; a missing one is an exception naming it.
   */
  static int[] positions(XSSFTable table, List<String> columns) {
    var headers =
        table.getColumns().stream().map(c -> c.getName().strip().toLowerCase(Locale.ROOT)).toList();
    int[] positions = new int[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      positions[i] = headers.indexOf(columns.get(i).toLowerCase(Locale.ROOT));
      if (positions[i] < 0) {
        throw new IllegalStateException(
            "The table " + table.getName() + " has no column " + columns.get(i));
      }
    }
    return positions;
  }

  /**
   * Replaces the data rows of the table {@code name} with {@code rows}, whose values go to {@code
   * columns} in order. Values may be null (blank), numbers, text, dates or instants. An empty list
   * leaves one blank row, as a table needs one. Rows below a growing table must be empty.
   */
  void fill(String name, List<String> columns, List<Object[]> rows) {
    var table = table(name);
    XSSFSheet sheet = table.getXSSFSheet();
    int[] at = positions(table, columns);
    var area = TableArea.of(table);
    List<CellStyle[]> styles =
        templateStyles(
            sheet, area.header() + 1, area.lastRow(), area.firstColumn(), area.lastColumn());
    int newLast = area.header() + Math.max(1, rows.size());
    for (int r = area.lastRow() + 1; r <= newLast; r++) {
      var row = sheet.getRow(r);
      if (row != null) {
        for (int c = area.firstColumn(); c <= area.lastColumn(); c++) {
          var cell = row.getCell(c);
          if (cell != null && cell.getCellType() != CellType.BLANK) {
            throw new IllegalStateException(
                "The table "
                    + table.getName()
                    + " cannot grow to "
                    + rows.size()
                    + " rows: cell "
                    + new CellReference(r, c).formatAsString()
                    + " of sheet "
                    + sheet.getSheetName()
                    + " is in the way");
          }
        }
      }
    }
    for (int r = area.header() + 1; r <= Math.max(area.lastRow(), newLast); r++) {
      var row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (int c = area.firstColumn(); c <= area.lastColumn(); c++) {
        var cell = row.getCell(c);
        if (cell != null) {
          row.removeCell(cell);
        }
      }
    }
    for (int i = 0; i < Math.max(1, rows.size()); i++) {
      int r = area.header() + 1 + i;
      var row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
      CellStyle[] rowStyles = styles.get(Math.min(i, styles.size() - 1));
      Object[] values = i < rows.size() ? rows.get(i) : new Object[0];
      for (int c = 0; c <= area.lastColumn() - area.firstColumn(); c++) {
        var cell = row.createCell(area.firstColumn() + c);
        if (rowStyles[c] != null) {
          cell.setCellStyle(rowStyles[c]);
        }
      }
      for (int k = 0; k < at.length && k < values.length; k++) {
        set(row.getCell(area.firstColumn() + at[k]), values[k]);
      }
    }
    table.setArea(
        new AreaReference(
            new CellReference(area.header(), area.firstColumn()),
            new CellReference(newLast, area.lastColumn()),
            SpreadsheetVersion.EXCEL2007));
    resized.add(
        new Resized(
            sheet.getSheetName(),
            area.firstColumn(),
            area.lastColumn(),
            area.header(),
            area.lastRow(),
            newLast));
  }

  /**
   * The cell styles of a table's template data rows, one array per row over the table's columns.
   */
  /** Where a table sits: its header row, its first and last columns, and its last row. */
  record TableArea(int header, int firstColumn, int lastColumn, int lastRow) {

    static TableArea of(XSSFTable table) {
      var area = table.getArea();
      return new TableArea(
          area.getFirstCell().getRow(),
          area.getFirstCell().getCol(),
          area.getLastCell().getCol(),
          area.getLastCell().getRow());
    }
  }

  static List<CellStyle[]> templateStyles(
      Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
    List<CellStyle[]> styles = new ArrayList<>();
    for (int r = firstRow; r <= lastRow; r++) {
      var row = sheet.getRow(r);
      CellStyle[] rowStyles = new CellStyle[lastColumn - firstColumn + 1];
      for (int c = firstColumn; c <= lastColumn; c++) {
        var cell = row == null ? null : row.getCell(c);
        rowStyles[c - firstColumn] =
            cell != null ? cell.getCellStyle() : row != null ? row.getRowStyle() : null;
      }
      styles.add(rowStyles);
    }
    if (styles.isEmpty()) {
      styles.add(new CellStyle[lastColumn - firstColumn + 1]);
    }
    return styles;
  }

  /**
   * Writes text into the cells of a defined name, one value per cell; a name the template lacks is
   * skipped.
   */
  void names(String name, List<String> values) {
    var defined = book.getName(name);
    if (defined == null || defined.getRefersToFormula() == null) {
      return;
    }
    var area = new AreaReference(defined.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
    var cells = area.getAllReferencedCells();
    Sheet sheet = book.getSheet(cells[0].getSheetName());
    for (int i = 0; i < cells.length; i++) {
      var ref = cells[i];
      var row =
          sheet.getRow(ref.getRow()) == null
              ? sheet.createRow(ref.getRow())
              : sheet.getRow(ref.getRow());
      var cell =
          row.getCell(ref.getCol()) == null
              ? row.createCell(ref.getCol())
              : row.getCell(ref.getCol());
      if (i < values.size()) {
        set(cell, values.get(i));
      } else {
        cell.setBlank();
      }
    }
  }

  /**
   * Sets a cell: numbers as numbers, dates as dates (the cell's style gives the format), text
   * always as text, never a formula.
   */
  void set(Cell cell, Object value) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
    } else if (value instanceof Instant instant) {
      cell.setCellValue(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    } else {
      userText(cell, value.toString());
    }
  }

  /**
   * Writes text from users as a text cell, and marks text that a spreadsheet could take for a
   * formula (starting with =, +, -, @, a tab or a carriage return; {@link
   * CellText#startsLikeFormula}) with the quote prefix, so that editing the cell never turns it
   * into one. Here rather than through {@code CellText.cells}, because the streamed member sheet
   * keeps one quote-prefixed twin of each template style.
   */
  void userText(Cell cell, String text) {
    cell.setCellValue(text);
    if (CellText.startsLikeFormula(text)) {
      cell.setCellStyle(quotedStyle(cell.getCellStyle()));
    }
  }

  /** The quote-prefixed twin of a style, for the streamed member sheet. */
  CellStyle quotedStyle(CellStyle style) {
    return quoted.computeIfAbsent(
        style.getIndex() & 0xFFFF,
        index -> {
          var copy = book.createCellStyle();
          copy.cloneStyleFrom(style);
          copy.setQuotePrefixed(true);
          return copy;
        });
  }

  /** Tells the charts about a table resized elsewhere (the streamed member sheet). */
  void resized(XSSFTable table, int oldLast) {
    var area = table.getArea();
    resized.add(
        new Resized(
            table.getXSSFSheet().getSheetName(),
            area.getFirstCell().getCol(),
            area.getLastCell().getCol(),
            area.getFirstCell().getRow(),
            oldLast,
            area.getLastCell().getRow()));
  }

  /**
   * Points every chart range that covered a filled table column's data (from its header or first
   * data row down to its last row) at the rows now there, and renews the values the chart caches,
   * for every chart kind.
   */
  void fitCharts() {
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

  static Row row(Sheet sheet, int index) {
    return sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
  }

  Workbook book() {
    return book;
  }
}
