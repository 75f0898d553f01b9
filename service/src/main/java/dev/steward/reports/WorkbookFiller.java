package dev.steward.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes figures into a template's named tables and cells, and keeps everything else of the
 * template: each table is resized to the rows written, and its charts follow ({@link ChartRanges}).
 * Cells take the styles of the template's rows (row i the style of template row i, the rows past
 * them the style of the last), so a restyled template restyles the report.
 */
final class WorkbookFiller {

  private final XSSFWorkbook book;
  private final ChartRanges charts;
  private final CellValues cellValues;

  WorkbookFiller(XSSFWorkbook book) {
    this.book = book;
    this.charts = new ChartRanges(book);
    this.cellValues = new CellValues(book);
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
    charts.resized(sheet.getSheetName(), area, newLast);
  }

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

  /**
   * The cell styles of a table's template data rows, one array per row over the table's columns.
   */
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

  /** See {@link CellValues#set}. */
  void set(Cell cell, Object value) {
    cellValues.set(cell, value);
  }

  /** Tells the charts about a table resized elsewhere (the streamed member sheet). */
  void resized(XSSFTable table, int oldLast) {
    var area = TableArea.of(table);
    charts.resized(
        table.getXSSFSheet().getSheetName(),
        new TableArea(area.header(), area.firstColumn(), area.lastColumn(), oldLast),
        area.lastRow());
  }

  /** See {@link ChartRanges#fit()}: call once every table is filled. */
  void fitCharts() {
    charts.fit();
  }

  static Row row(Sheet sheet, int index) {
    return sheet.getRow(index) == null ? sheet.createRow(index) : sheet.getRow(index);
  }

  Workbook book() {
    return book;
  }
}
