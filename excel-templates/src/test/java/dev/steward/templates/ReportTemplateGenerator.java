package dev.steward.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes the report templates: {@code campaign-report.xlsx} and {@code portfolio-report.xlsx}. Each is a real
 * workbook with styles, headings, named Excel tables filled with sample figures, native charts on those tables'
 * ranges, and defined names for the cells the report writer fills (title, subtitle, definitions).
 *
 * <p>Run it to write the files into a folder ({@code main}), or through {@code ReportTemplatesTest} with
 * {@code -Dsteward.templates.write=true}, which writes the committed copies. The test checks that the committed files
 * still have the structure this program makes.
 */
public final class ReportTemplateGenerator {

  static final String CAMPAIGN = "campaign-report.xlsx";
  static final String PORTFOLIO = "portfolio-report.xlsx";

  // Steward's palette: navy headings, and one colour per outcome, the same in every chart.
  static final String NAVY = "1F3864";
  static final String CONVERTED = "2E7D32";
  static final String OTHER_RESPONSES = "2F6DB5";
  static final String NOT_INTERESTED = "D9822B";
  static final String PENDING = "B8BEC8";
  static final String TABLE_STYLE = "TableStyleMedium2";

  static final List<String> RESULT_COLUMNS = List.of("Members", "Responded", "Converted", "Not interested",
      "Other responses", "No response yet", "Response rate", "Conversion rate");

  private final XSSFWorkbook book;
  private final Styles styles;

  private ReportTemplateGenerator(XSSFWorkbook book) {
    this.book = book;
    this.styles = new Styles(book);
  }

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/excel-templates");
    writeAll(folder);
  }

  static void writeAll(Path folder) throws IOException {
    Files.createDirectories(folder);
    try (var book = campaign(); OutputStream out = Files.newOutputStream(folder.resolve(CAMPAIGN))) {
      book.write(out);
    }
    try (var book = portfolio(); OutputStream out = Files.newOutputStream(folder.resolve(PORTFOLIO))) {
      book.write(out);
    }
  }

  /** The campaign report: one campaign's figures, its responses over time, breakdowns and every member. */
  static XSSFWorkbook campaign() {
    var book = new XSSFWorkbook();
    var g = new ReportTemplateGenerator(book);
    var summary = g.summarySheet("Campaign name", "Channel · sent on · report of",
        List.of(row("Members", 120, Fmt.COUNT), row("No response yet", 66, Fmt.COUNT),
            row("Responded", 54, Fmt.COUNT), row("Converted", 18, Fmt.COUNT), row("Not interested", 12, Fmt.COUNT),
            row("Response rate", 0.45, Fmt.PERCENT), row("Conversion rate", 0.15, Fmt.PERCENT),
            row("Median days to response", 9.0, Fmt.DAYS), row("Lower quartile (days)", 5.0, Fmt.DAYS),
            row("Upper quartile (days)", 16.0, Fmt.DAYS)));
    g.funnel(summary, new long[] {120, 54, 18});
    g.weeksSheet();
    g.daysSheet();
    g.breakdownSheet("By contact type", "ByContactType", "Contact type",
        List.of("Individual", "Business", "Estate"));
    g.breakdownSheet("By channel", "ByChannel", "Channel", List.of("Mail"));
    g.membersSheet();
    pageSetup(book);
    book.setActiveSheet(0);
    return book;
  }

  /** The portfolio report: the campaigns of a period side by side, with the period's totals and breakdowns. */
  static XSSFWorkbook portfolio() {
    var book = new XSSFWorkbook();
    var g = new ReportTemplateGenerator(book);
    var summary = g.summarySheet("Campaigns from … to …", "Sent campaigns of the period · report of",
        List.of(row("Campaigns sent", 4, Fmt.COUNT), row("Draft campaigns", 1, Fmt.COUNT),
            row("Members", 480, Fmt.COUNT), row("No response yet", 264, Fmt.COUNT),
            row("Responded", 216, Fmt.COUNT), row("Converted", 72, Fmt.COUNT), row("Not interested", 48, Fmt.COUNT),
            row("Response rate", 0.45, Fmt.PERCENT), row("Conversion rate", 0.15, Fmt.PERCENT),
            row("Median days to response", 9.0, Fmt.DAYS), row("Lower quartile (days)", 5.0, Fmt.DAYS),
            row("Upper quartile (days)", 16.0, Fmt.DAYS), row("Members of drafts", 60, Fmt.COUNT)));
    g.funnel(summary, new long[] {480, 216, 72});
    g.campaignsSheet();
    g.weeksSheet();
    g.daysSheet();
    g.breakdownSheet("By contact type", "ByContactType", "Contact type",
        List.of("Individual", "Business", "Estate"));
    g.breakdownSheet("By channel", "ByChannel", "Channel", List.of("Email", "Phone", "Mail"));
    pageSetup(book);
    book.setActiveSheet(0);
    return book;
  }

  /** Landscape A4, each sheet one page wide; all but the member list one page tall, so a sheet prints as a page. */
  private static void pageSetup(XSSFWorkbook book) {
    for (var sheet : book) {
      var setup = sheet.getPrintSetup();
      setup.setLandscape(true);
      setup.setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
      sheet.setFitToPage(true);
      setup.setFitWidth((short) 1);
      setup.setFitHeight(List.of("Members", "Campaigns").contains(sheet.getSheetName()) ? (short) 0 : (short) 1);
      sheet.setHorizontallyCenter(false);
      sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.5);
      sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.5);
      sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.6);
      sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.6);
    }
  }

  // --- Sheets

  private XSSFSheet summarySheet(String title, String subtitle, List<Row> figures) {
    var sheet = book.createSheet("Summary");
    sheet.setDisplayGridlines(false);
    sheet.setColumnWidth(0, 30 * 256);
    sheet.setColumnWidth(1, 16 * 256);
    sheet.setColumnWidth(2, 3 * 256);
    sheet.setColumnWidth(3, 16 * 256);
    sheet.setColumnWidth(4, 12 * 256);
    var titleRow = sheet.createRow(0);
    titleRow.setHeightInPoints(30);
    text(titleRow, 0, title, styles.title);
    text(sheet.createRow(1), 0, subtitle, styles.subtitle);
    name("ReportTitle", sheet, "$A$1");
    name("ReportSubtitle", sheet, "$A$2");

    int first = 3;
    header(sheet, first, 0, "Figure", "Value");
    for (int i = 0; i < figures.size(); i++) {
      var r = row(sheet, first + 1 + i);
      text(r, 0, figures.get(i).label(), styles.label);
      number(r, 1, figures.get(i).value(), styles.of(figures.get(i).format()));
    }
    table(sheet, "Figures", first, 0, first + figures.size(), 1);

    int notes = first + figures.size() + 2;
    text(row(sheet, notes), 0, "How the figures are counted", styles.noteHeading);
    String[] lines = {"A member responded when their status is responded, converted or not interested.",
        "Response rate = responded / members of campaigns that were sent.",
        "Conversion rate = converted / members of campaigns that were sent.",
        "Draft campaigns are counted apart and never in a rate.",
        "Days to response = response date − the campaign's send date, in whole days."};
    for (int i = 0; i < lines.length; i++) {
      text(row(sheet, notes + 1 + i), 0, lines[i], styles.note);
    }
    name("Definitions", sheet, "$A$" + (notes + 2) + ":$A$" + (notes + 1 + lines.length));
    return sheet;
  }

  /** Members, responded, converted as a horizontal bar chart read top down: the funnel of the report. */
  private void funnel(XSSFSheet sheet, long[] values) {
    int first = 3;
    header(sheet, first, 3, "Stage", "Members");
    String[] stages = {"Members", "Responded", "Converted"};
    for (int i = 0; i < stages.length; i++) {
      var r = row(sheet, first + 1 + i);
      text(r, 3, stages[i], styles.label);
      number(r, 4, values[i], styles.count);
    }
    table(sheet, "Funnel", first, 3, first + stages.length, 4);
    var chart = chart(sheet, 6, 2, 14, 20, "From members to conversions");
    var categories = chart.createCategoryAxis(AxisPosition.LEFT);
    categories.setOrientation(AxisOrientation.MAX_MIN); // the first stage on top
    var values2 = chart.createValueAxis(AxisPosition.BOTTOM);
    values2.setCrosses(AxisCrosses.AUTO_ZERO);
    values2.setCrossBetween(AxisCrossBetween.BETWEEN);
    var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values2);
    data.setBarDirection(BarDirection.BAR);
    data.setBarGrouping(BarGrouping.CLUSTERED);
    data.setGapWidth(60);
    var series = data.addSeries(strings(sheet, first + 1, first + 3, 3), numbers(sheet, first + 1, first + 3, 4));
    series.setTitle("Members", new CellReference(sheet.getSheetName(), first, 4, true, true));
    fill(series, NAVY);
    chart.plot(data);
    chart.deleteLegend();
  }

  /** The period's campaigns: two charts side by side on top, the table below them, free to grow down. */
  private void campaignsSheet() {
    var sheet = book.createSheet("Campaigns");
    int top = 20;
    sheet.createFreezePane(0, top + 1);
    List<String> columns = List.of("Campaign", "Channel", "Status", "Send date", "Members", "Responded", "Converted",
        "Not interested", "Other responses", "No response yet", "Response rate", "Conversion rate",
        "Median days to response");
    header(sheet, top, 0, columns.toArray(String[]::new));
    Object[][] sample = {
        {"Spring estate-planning letter", "Mail", "Sent", 46082, 150, 72, 24, 14, 34, 78, 0.48, 0.16, 9.0},
        {"Summer review calls", "Phone", "Completed", 46174, 90, 51, 20, 9, 22, 39, 0.5667, 0.2222, 4.0},
        {"Autumn newsletter", "Email", "Sent", 46266, 240, 93, 28, 25, 40, 147, 0.3875, 0.1167, 6.5}};
    for (int i = 0; i < sample.length; i++) {
      var r = row(sheet, top + 1 + i);
      text(r, 0, (String) sample[i][0], styles.label);
      text(r, 1, (String) sample[i][1], styles.label);
      text(r, 2, (String) sample[i][2], styles.label);
      number(r, 3, ((Number) sample[i][3]).doubleValue(), styles.date);
      for (int c = 4; c <= 9; c++) {
        number(r, c, ((Number) sample[i][c]).doubleValue(), styles.count);
      }
      number(r, 10, ((Number) sample[i][10]).doubleValue(), styles.percent);
      number(r, 11, ((Number) sample[i][11]).doubleValue(), styles.percent);
      number(r, 12, ((Number) sample[i][12]).doubleValue(), styles.days);
    }
    int first = top + 1;
    int last = top + sample.length;
    table(sheet, "Campaigns", top, 0, last, columns.size() - 1);
    widths(sheet, 34, 10, 11, 12, 10, 11, 11, 13, 14, 15, 13, 14, 15);

    var rates = chart(sheet, 0, 0, 4, 19, "Response and conversion rate by campaign");
    var x = rates.createCategoryAxis(AxisPosition.BOTTOM);
    var y = rates.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    y.setNumberFormat("0%");
    var bars = (XDDFBarChartData) rates.createData(ChartTypes.BAR, x, y);
    bars.setBarDirection(BarDirection.COL);
    bars.setBarGrouping(BarGrouping.CLUSTERED);
    bars.setGapWidth(80);
    series(bars, sheet, first, last, 0, 10, OTHER_RESPONSES);
    series(bars, sheet, first, last, 0, 11, CONVERTED);
    rates.plot(bars);
    legend(rates);

    var outcomes = chart(sheet, 4, 0, 13, 19, "Members by outcome");
    stacked(outcomes, sheet, first, last, 0, new int[] {6, 8, 7, 9});
  }

  private void weeksSheet() {
    var sheet = book.createSheet("Over time");
    header(sheet, 0, 0, "Week starting", "Responses", "Cumulative responses");
    double[][] sample = {{46097, 12, 12}, {46104, 19, 31}, {46111, 11, 42}, {46118, 7, 49}, {46125, 5, 54}};
    for (int i = 0; i < sample.length; i++) {
      var r = row(sheet, 1 + i);
      number(r, 0, sample[i][0], styles.date);
      number(r, 1, sample[i][1], styles.count);
      number(r, 2, sample[i][2], styles.count);
    }
    int last = sample.length;
    table(sheet, "Weeks", 0, 0, last, 2);
    widths(sheet, 15, 12, 21);
    var chart = chart(sheet, 4, 1, 14, 19, "Responses by week");
    var x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    x.setNumberFormat("d mmm");
    var y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    var lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
    var weekly = (XDDFLineChartData.Series) lines.addSeries(strings(sheet, 1, last, 0), numbers(sheet, 1, last, 1));
    weekly.setTitle("Responses", new CellReference(sheet.getSheetName(), 0, 1, true, true));
    weekly.setMarkerStyle(MarkerStyle.CIRCLE);
    weekly.setSmooth(false);
    line(weekly, OTHER_RESPONSES);
    var total = (XDDFLineChartData.Series) lines.addSeries(strings(sheet, 1, last, 0), numbers(sheet, 1, last, 2));
    total.setTitle("Cumulative responses", new CellReference(sheet.getSheetName(), 0, 2, true, true));
    total.setMarkerStyle(MarkerStyle.NONE);
    total.setSmooth(false);
    line(total, CONVERTED);
    chart.plot(lines);
    legend(chart);
  }

  private void daysSheet() {
    var sheet = book.createSheet("Days to response");
    header(sheet, 0, 0, "Days after sending", "Responses");
    int[] sample = {3, 6, 9, 7, 5, 4, 2, 2, 1};
    for (int i = 0; i < sample.length; i++) {
      var r = row(sheet, 1 + i);
      text(r, 0, Integer.toString(i), styles.label);
      number(r, 1, sample[i], styles.count);
    }
    int last = sample.length;
    table(sheet, "DaysToResponse", 0, 0, last, 1);
    widths(sheet, 19, 12);
    var chart = chart(sheet, 3, 1, 13, 19, "Days from sending to response");
    var x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    var y = chart.createValueAxis(AxisPosition.LEFT);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    var bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    bars.setBarDirection(BarDirection.COL);
    bars.setBarGrouping(BarGrouping.CLUSTERED);
    bars.setGapWidth(30);
    series(bars, sheet, 1, last, 0, 1, OTHER_RESPONSES);
    chart.plot(bars);
    chart.deleteLegend();
  }

  private void breakdownSheet(String sheetName, String tableName, String label, List<String> sample) {
    var sheet = book.createSheet(sheetName);
    var columns = new java.util.ArrayList<String>();
    columns.add(label);
    columns.addAll(RESULT_COLUMNS);
    header(sheet, 0, 0, columns.toArray(String[]::new));
    long[][] values = {{60, 30, 10, 6, 14, 30}, {40, 16, 6, 4, 6, 24}, {20, 8, 2, 2, 4, 12}};
    for (int i = 0; i < sample.size(); i++) {
      var r = row(sheet, 1 + i);
      text(r, 0, sample.get(i), styles.label);
      long[] v = values[i % values.length];
      for (int c = 0; c < v.length; c++) {
        number(r, 1 + c, v[c], styles.count);
      }
      number(r, 7, (double) v[1] / v[0], styles.percent);
      number(r, 8, (double) v[2] / v[0], styles.percent);
    }
    int last = sample.size();
    table(sheet, tableName, 0, 0, last, columns.size() - 1);
    widths(sheet, 16, 10, 11, 11, 13, 15, 15, 13, 14);
    var chart = chart(sheet, 10, 1, 19, 18, "Members by outcome, by " + label.toLowerCase());
    stacked(chart, sheet, 1, last, 0, new int[] {3, 5, 4, 6});
  }

  private void membersSheet() {
    var sheet = book.createSheet("Members");
    sheet.createFreezePane(1, 1);
    String[] columns = {"Name", "Type", "Company", "Email", "Phone", "City", "Added", "Status", "Response date",
        "Days to response", "Recorded via"};
    header(sheet, 0, 0, columns);
    var r = row(sheet, 1);
    text(r, 0, "Ada Example", styles.label);
    text(r, 1, "Individual", styles.label);
    text(r, 2, "", styles.label);
    text(r, 3, "ada@example.com", styles.label);
    text(r, 4, "+44 20 7946 0000", styles.label);
    text(r, 5, "Bath", styles.label);
    number(r, 6, 46082, styles.date);
    text(r, 7, "Responded", styles.label);
    number(r, 8, 46090, styles.date);
    number(r, 9, 8, styles.count);
    text(r, 10, "Outlook", styles.label);
    table(sheet, "Members", 0, 0, 1, columns.length - 1);
    widths(sheet, 28, 11, 24, 30, 17, 14, 12, 15, 14, 16, 13);
  }

  // --- Charts

  private XSSFChart chart(XSSFSheet sheet, int col1, int row1, int col2, int row2, String title) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    var anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
    var chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    // Square corners: without the element Excel draws the chart area rounded.
    chart.getCTChartSpace().addNewRoundedCorners().setVal(false);
    return chart;
  }

  /** Converted, other responses, not interested and no response yet, stacked per category. */
  private void stacked(XSSFChart chart, XSSFSheet sheet, int first, int last, int categoryColumn, int[] columns) {
    var categories = chart.createCategoryAxis(AxisPosition.LEFT);
    categories.setOrientation(AxisOrientation.MAX_MIN);
    var values = chart.createValueAxis(AxisPosition.BOTTOM);
    values.setCrosses(AxisCrosses.AUTO_ZERO);
    values.setCrossBetween(AxisCrossBetween.BETWEEN);
    var bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    bars.setBarDirection(BarDirection.BAR);
    bars.setBarGrouping(BarGrouping.STACKED);
    bars.setOverlap((byte) 100);
    bars.setGapWidth(50);
    String[] colours = {CONVERTED, OTHER_RESPONSES, NOT_INTERESTED, PENDING};
    for (int i = 0; i < columns.length; i++) {
      series(bars, sheet, first, last, categoryColumn, columns[i], colours[i]);
    }
    chart.plot(bars);
    legend(chart);
  }

  private static void series(XDDFBarChartData bars, XSSFSheet sheet, int first, int last, int categoryColumn,
      int valueColumn, String colour) {
    var series = bars.addSeries(strings(sheet, first, last, categoryColumn), numbers(sheet, first, last, valueColumn));
    series.setTitle(sheet.getRow(first - 1).getCell(valueColumn).getStringCellValue(),
        new CellReference(sheet.getSheetName(), first - 1, valueColumn, true, true));
    fill(series, colour);
  }

  private static void fill(XDDFChartData.Series series, String colour) {
    var properties = new XDDFShapeProperties();
    properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(colour))));
    series.setShapeProperties(properties);
  }

  private static void line(XDDFLineChartData.Series series, String colour) {
    var properties = new XDDFShapeProperties();
    var line = new XDDFLineProperties();
    line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(hex(colour))));
    line.setWidth(2.25);
    properties.setLineProperties(line);
    series.setShapeProperties(properties);
  }

  private static void legend(XSSFChart chart) {
    var legend = chart.getOrAddLegend();
    legend.setPosition(LegendPosition.BOTTOM);
    legend.setOverlay(false);
  }

  private static org.apache.poi.xddf.usermodel.chart.XDDFDataSource<String> strings(XSSFSheet sheet, int first,
      int last, int column) {
    return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, column, column));
  }

  private static org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet,
      int first, int last, int column) {
    return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column, column));
  }

  // --- Cells, tables, names

  private XSSFTable table(XSSFSheet sheet, String name, int firstRow, int firstColumn, int lastRow, int lastColumn) {
    var area = new AreaReference(new CellReference(firstRow, firstColumn), new CellReference(lastRow, lastColumn),
        SpreadsheetVersion.EXCEL2007);
    XSSFTable table = sheet.createTable(area);
    table.setName(name);
    table.setDisplayName(name);
    var ct = table.getCTTable();
    ct.addNewAutoFilter().setRef(area.formatAsString());
    var style = ct.addNewTableStyleInfo();
    style.setName(TABLE_STYLE);
    style.setShowRowStripes(true);
    style.setShowColumnStripes(false);
    style.setShowFirstColumn(false);
    style.setShowLastColumn(false);
    table.updateHeaders();
    return table;
  }

  private void name(String name, XSSFSheet sheet, String ref) {
    XSSFName defined = book.createName();
    defined.setNameName(name);
    defined.setRefersToFormula("'" + sheet.getSheetName() + "'!" + ref);
  }

  private void header(XSSFSheet sheet, int rowIndex, int firstColumn, String... names) {
    var r = row(sheet, rowIndex);
    r.setHeightInPoints(30);
    for (int i = 0; i < names.length; i++) {
      text(r, firstColumn + i, names[i], styles.header);
    }
  }

  private static XSSFRow row(XSSFSheet sheet, int index) {
    var r = sheet.getRow(index);
    return r == null ? sheet.createRow(index) : r;
  }

  private static void text(XSSFRow row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void number(XSSFRow row, int column, double value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void widths(XSSFSheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, characters[i] * 256);
    }
  }

  private static byte[] hex(String rgb) {
    return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
        (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
  }

  enum Fmt { COUNT, PERCENT, DAYS }

  record Row(String label, double value, Fmt format) {}

  private static Row row(String label, double value, Fmt format) {
    return new Row(label, value, format);
  }

  /** The few cell styles of the templates: every one named by what it is for. */
  private static final class Styles {

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle header;
    final XSSFCellStyle label;
    final XSSFCellStyle count;
    final XSSFCellStyle percent;
    final XSSFCellStyle days;
    final XSSFCellStyle date;
    final XSSFCellStyle noteHeading;
    final XSSFCellStyle note;

    Styles(XSSFWorkbook book) {
      var format = book.createDataFormat();
      title = style(book, font(book, 18, true, false, NAVY));
      title.setVerticalAlignment(VerticalAlignment.CENTER);
      subtitle = style(book, font(book, 11, false, true, "595959"));
      header = style(book, font(book, 11, true, false, "FFFFFF"));
      header.setFillForegroundColor(new XSSFColor(hex(NAVY)));
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
      label = style(book, font(book, 11, false, false, "262626"));
      count = style(book, font(book, 11, false, false, "262626"));
      count.setDataFormat(format.getFormat("#,##0"));
      percent = style(book, font(book, 11, false, false, "262626"));
      percent.setDataFormat(format.getFormat("0.0%"));
      days = style(book, font(book, 11, false, false, "262626"));
      days.setDataFormat(format.getFormat("0.0"));
      date = style(book, font(book, 11, false, false, "262626"));
      date.setDataFormat(format.getFormat("yyyy-mm-dd"));
      date.setAlignment(HorizontalAlignment.LEFT);
      noteHeading = style(book, font(book, 10, true, false, NAVY));
      note = style(book, font(book, 9, false, true, "595959"));
      for (var s : List.of(label, count, percent, days, date)) {
        s.setBorderBottom(BorderStyle.HAIR);
        s.setBottomBorderColor(new XSSFColor(hex("D9D9D9")));
      }
    }

    XSSFCellStyle of(Fmt fmt) {
      return switch (fmt) {
        case COUNT -> count;
        case PERCENT -> percent;
        case DAYS -> days;
      };
    }

    private static XSSFCellStyle style(XSSFWorkbook book, XSSFFont font) {
      var style = book.createCellStyle();
      style.setFont(font);
      return style;
    }

    private static XSSFFont font(XSSFWorkbook book, int points, boolean bold, boolean italic, String colour) {
      var font = book.createFont();
      font.setFontName("Calibri");
      font.setFontHeightInPoints((short) points);
      font.setBold(bold);
      font.setItalic(italic);
      font.setColor(new XSSFColor(hex(colour)));
      return font;
    }
  }
}
