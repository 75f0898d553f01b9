package dev.steward.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;

/** Reads written reports back with POI, as a person would see them. */
final class ReportBooks {

  private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.ROOT);

  private ReportBooks() {}

  static XSSFWorkbook open(byte[] xlsx) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  static XSSFTable table(XSSFWorkbook book, String name) {
    for (var sheet : book) {
      for (var table : ((XSSFSheet) sheet).getTables()) {
        if (table.getName().equals(name)) {
          return table;
        }
      }
    }
    throw new AssertionError("no table " + name);
  }

  /** The table's data rows, each cell as Excel would show it (its number format applied). */
  static List<List<String>> rows(XSSFWorkbook book, String name) {
    var table = table(book, name);
    var sheet = table.getXSSFSheet();
    var area = table.getArea();
    List<List<String>> rows = new ArrayList<>();
    for (int r = area.getFirstCell().getRow() + 1; r <= area.getLastCell().getRow(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = area.getFirstCell().getCol(); c <= area.getLastCell().getCol(); c++) {
        var cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c);
        row.add(cell == null ? "" : FORMAT.formatCellValue(cell));
      }
      rows.add(row);
    }
    return rows;
  }

  static Cell cell(XSSFWorkbook book, String table, int dataRow, int column) {
    var t = table(book, table);
    return t.getXSSFSheet()
        .getRow(t.getArea().getFirstCell().getRow() + 1 + dataRow)
        .getCell(t.getArea().getFirstCell().getCol() + column);
  }

  static String named(XSSFWorkbook book, String name) {
    var ref =
        new org.apache.poi.ss.util.AreaReference(
                book.getName(name).getRefersToFormula(),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007)
            .getFirstCell();
    return FORMAT.formatCellValue(
        book.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()));
  }

  static XSSFChart chart(XSSFWorkbook book, String sheet, String title) {
    return book.getSheet(sheet).getDrawingPatriarch().getCharts().stream()
        .filter(chart -> title.equals(chart.getTitleText().getString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no chart " + title + " on " + sheet));
  }

  /** The chart kinds of the plot area in order, e.g. [barChart]. */
  static List<String> kinds(XSSFChart chart) {
    List<String> kinds = new ArrayList<>();
    try (XmlCursor cursor = chart.getCTChart().getPlotArea().newCursor()) {
      if (cursor.toFirstChild()) {
        do {
          if (cursor.getName().getLocalPart().endsWith("Chart")) {
            kinds.add(cursor.getName().getLocalPart());
          }
        } while (cursor.toNextSibling());
      }
    }
    return kinds;
  }

  /** Every cell range a chart reads, in document order. */
  static List<String> ranges(XSSFChart chart) {
    List<String> found = new ArrayList<>();
    try (XmlCursor cursor = chart.getCTChartSpace().newCursor()) {
      while (cursor.toNextToken() != XmlCursor.TokenType.ENDDOC) {
        if (cursor.isStart() && cursor.getName().getLocalPart().equals("f")) {
          found.add(cursor.getTextValue());
        }
      }
    }
    return found;
  }

  /** Every formula cell of the workbook: a report writes none. */
  static List<String> formulas(XSSFWorkbook book) {
    List<String> formulas = new ArrayList<>();
    for (var sheet : book) {
      for (var row : sheet) {
        for (var cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            formulas.add(
                sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula());
          }
        }
      }
    }
    return formulas;
  }
}
