package dev.steward.templates;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * What a workbook is made of, as lines of text: its sheets, cells, tables with their columns, charts with their types
 * and series ranges, and defined names. Two workbooks with the same lines have the same content; the bytes of an
 * xlsx differ from one write to the next (timestamps in its zip and properties), so they are compared this way.
 */
final class WorkbookShape {

  private WorkbookShape() {}

  static List<String> of(XSSFWorkbook book) {
    var lines = new ArrayList<String>();
    var formatter = new DataFormatter();
    for (var sheet : book) {
      var s = (XSSFSheet) sheet;
      lines.add("sheet " + s.getSheetName() + " gridlines=" + s.isDisplayGridlines() + " freeze="
          + (s.getPaneInformation() == null ? "none" : s.getPaneInformation().getVerticalSplitLeftColumn() + ","
          + s.getPaneInformation().getHorizontalSplitTopRow()) + " landscape=" + s.getPrintSetup().getLandscape()
          + " fit=" + s.getFitToPage() + "/" + s.getPrintSetup().getFitWidth() + "x" + s.getPrintSetup().getFitHeight());
      for (var row : s) {
        for (var cell : row) {
          if (cell.getCellType() == CellType.BLANK) {
            continue;
          }
          var style = cell.getCellStyle();
          var font = book.getFontAt(style.getFontIndex());
          lines.add("  cell " + cell.getAddress() + " " + cell.getCellType() + " '" + formatter.formatCellValue(cell)
              + "' format=" + style.getDataFormatString() + " font=" + font.getFontName() + "/"
              + font.getFontHeightInPoints() + (font.getBold() ? "/bold" : "") + (font.getItalic() ? "/italic" : ""));
        }
      }
      for (int c = 0; c < 16; c++) {
        lines.add("  width " + c + "=" + s.getColumnWidth(c));
      }
      for (var table : s.getTables()) {
        var columns = table.getColumns().stream().map(col -> col.getName()).toList();
        var style = table.getCTTable().getTableStyleInfo();
        lines.add("  table " + table.getName() + " " + table.getArea().formatAsString() + " columns=" + columns
            + " style=" + (style == null ? "none" : style.getName()) + " autofilter="
            + (table.getCTTable().isSetAutoFilter() ? table.getCTTable().getAutoFilter().getRef() : "none"));
      }
      XSSFDrawing drawing = s.getDrawingPatriarch();
      if (drawing != null) {
        for (XSSFChart chart : drawing.getCharts()) {
          lines.add("  chart " + chart.getTitleText() + " " + plot(chart));
          for (String formula : formulas(chart.getCTChart())) {
            lines.add("    ref " + formula);
          }
        }
      }
    }
    for (var name : book.getAllNames()) {
      lines.add("name " + name.getNameName() + " = " + name.getRefersToFormula());
    }
    return lines;
  }

  /** The chart kinds of the plot area, e.g. {@code barChart(col,stacked)}, in document order. */
  static String plot(XSSFChart chart) {
    var kinds = new ArrayList<String>();
    try (XmlCursor cursor = chart.getCTChart().getPlotArea().newCursor()) {
      if (cursor.toFirstChild()) {
        do {
          String kind = cursor.getName().getLocalPart();
          if (kind.endsWith("Chart")) {
            kinds.add(kind + details(cursor.getObject()));
          }
        } while (cursor.toNextSibling());
      }
    }
    return String.join("+", kinds);
  }

  private static String details(XmlObject chartXml) {
    var parts = new ArrayList<String>();
    for (String child : List.of("barDir", "grouping")) {
      try (XmlCursor c = chartXml.newCursor()) {
        if (c.toChild("http://schemas.openxmlformats.org/drawingml/2006/chart", child)) {
          c.toFirstAttribute();
          parts.add(c.getTextValue());
        }
      }
    }
    return parts.isEmpty() ? "" : "(" + String.join(",", parts) + ")";
  }

  /** Every cell reference ({@code c:f}) of a chart: series names, categories and values, in document order. */
  static List<String> formulas(XmlObject chartXml) {
    var found = new ArrayList<String>();
    try (XmlCursor cursor = chartXml.newCursor()) {
      while (cursor.toNextToken() != XmlCursor.TokenType.ENDDOC) {
        if (cursor.isStart() && cursor.getName().getLocalPart().equals("f")
            && cursor.getName().getNamespaceURI().equals("http://schemas.openxmlformats.org/drawingml/2006/chart")) {
          found.add(cursor.getTextValue());
        }
      }
    }
    return found;
  }
}
