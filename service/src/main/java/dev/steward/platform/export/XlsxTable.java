package dev.steward.platform.export;

import dev.steward.platform.CellText;
import dev.steward.platform.SafeNames;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an export as one sheet with SXSSF: a window of rows in memory, the rest in a compressed
 * temporary file, so that any number of rows fits in a small heap. Row 1 is the header (bold,
 * frozen, with an auto filter), so that the file sorts and filters at once, and imports back into
 * Steward. Text goes through {@link CellText}; numbers stay numbers and dates are dates.
 */
final class XlsxTable {

  /** Excel's last row, less the header. */
  static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

  private static final int ROWS_IN_MEMORY = 100;

  /**
   * Excel holds no date before 1900, and counts 29 February 1900, which never was: earlier dates
   * are text.
   */
  private static final LocalDate FIRST_EXCEL_DATE = LocalDate.of(1900, 3, 1);

  private XlsxTable() {}

  static <T> Written write(ExportTable<T> table, ExportRows<T> rows, OutputStream out, ZoneId zone)
      throws IOException {
    return write(table, rows, out, zone, MAX_ROWS);
  }

  static <T> Written write(
      ExportTable<T> table, ExportRows<T> rows, OutputStream out, ZoneId zone, int maxRows)
      throws IOException {
    var workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
    try {
      var sheet = workbook.createSheet(SafeNames.sheetName(table.title(), "Export"));
      var cells = CellText.cells(workbook);
      var format = workbook.createDataFormat();
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(format.getFormat("yyyy-mm-dd"));
      CellStyle dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
      CellStyle header = workbook.createCellStyle();
      var bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);

      List<ExportColumn<T>> columns = table.columns();
      Row headings = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        cells.text(headings, c, columns.get(c).heading(), header);
        sheet.setColumnWidth(c, Math.min(255, Math.max(6, columns.get(c).width()) + 2) * 256);
      }
      sheet.createFreezePane(0, 1);
      int[] next = {1};
      boolean[] cut = {false};
      rows.forEach(
          maxRows == Integer.MAX_VALUE ? maxRows : maxRows + 1,
          item -> {
            if (next[0] > maxRows) {
              cut[0] = true;
              return;
            }
            Row row = sheet.createRow(next[0]++);
            for (int c = 0; c < columns.size(); c++) {
              Object value = columns.get(c).value().apply(item);
              if (value == null) {
                continue;
              }
              if (value instanceof Number number) {
                cells.number(row, c, number.doubleValue(), null);
              } else if (value instanceof Instant instant) {
                var cell = row.createCell(c);
                cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
                cell.setCellStyle(dateTime);
              } else if (value instanceof LocalDate day && day.isBefore(FIRST_EXCEL_DATE)) {
                cells.text(row, c, day.toString());
              } else if (value instanceof LocalDate day) {
                var cell = row.createCell(c);
                cell.setCellValue(day);
                cell.setCellStyle(date);
              } else if (value instanceof Collection<?> || value instanceof Boolean) {
                cells.text(row, c, ExportValues.text(value, zone));
              } else {
                cells.text(row, c, value.toString());
              }
            }
          });
      int last = next[0] - 1;
      if (!columns.isEmpty()) {
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, columns.size() - 1));
      }
      workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(table.title());
      workbook.write(out);
      return new Written(last, cut[0]);
    } finally {
      workbook.close();
    }
  }
}
