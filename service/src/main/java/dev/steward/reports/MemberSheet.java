package dev.steward.reports;

import dev.steward.reports.WorkbookFiller.TableArea;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A campaign workbook's member list: the template's sample rows go, then every member streams in
 * below the header (SXSSF over the template), so that a campaign of any size is written in little
 * memory.
 */
final class MemberSheet {

  /**
   * Rows kept in memory while the member list streams; the rest wait in a compressed temporary
   * file.
   */
  static final int WINDOW = 200;

  private MemberSheet() {}

  /**
   * The member list: the template's sample rows go, then every member streams in below the header.
   */
  static Path stream(XSSFWorkbook book, WorkbookFiller filler, ReportWriter.MemberSource members)
      throws IOException {
    var table = filler.table("Members");
    var sheet = table.getXSSFSheet();
    var area = TableArea.of(table);
    int[] at = WorkbookFiller.positions(table, TemplateKind.MEMBERS);
    CellStyle[] styles =
        WorkbookFiller.templateStyles(
                sheet, area.header() + 1, area.header() + 1, area.firstColumn(), area.lastColumn())
            .get(0);
    for (int r = area.header() + 1; r <= area.lastRow(); r++) {
      if (sheet.getRow(r) != null) {
        sheet.removeRow(sheet.getRow(r));
      }
    }
    if (sheet.getLastRowNum() > area.header()) {
      throw new IllegalStateException(
          "Nothing may lie below the Members table on sheet "
              + sheet.getSheetName()
              + ": its rows are streamed");
    }
    var streaming = new SXSSFWorkbook(book, WINDOW);
    streaming.setCompressTempFiles(true);
    try {
      var out = streaming.getSheet(sheet.getSheetName());
      int[] written = {0};
      members.forEach(
          m -> {
            var row = styledRow(out, area.header() + 1 + written[0]++, area.firstColumn(), styles);
            Object[] values = {
              m.name(),
              ReportWriter.label(m.type()),
              m.company(),
              m.email(),
              m.phone(),
              m.city(),
              m.addedOn(),
              ReportWriter.label(m.status()),
              m.responseDate() == null ? null : m.responseDate(),
              m.daysToResponse(),
              ReportWriter.label(m.recordedVia())
            };
            for (int k = 0; k < at.length; k++) {
              filler.set(row.getCell(area.firstColumn() + at[k]), values[k]);
            }
          });
      if (written[0] == 0) {
        styledRow(out, area.header() + 1, area.firstColumn(), styles);
      }
      table.setArea(
          new AreaReference(
              new CellReference(area.header(), area.firstColumn()),
              new CellReference(area.header() + Math.max(1, written[0]), area.lastColumn()),
              SpreadsheetVersion.EXCEL2007));
      filler.resized(table, area.lastRow());
      filler.fitCharts();
      Path file = Files.createTempFile("steward-report-", ".xlsx");
      try (OutputStream stream = Files.newOutputStream(file)) {
        streaming.write(stream);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      return file;
    } finally {
      streaming.dispose();
    }
  }

  /** A new row whose cells from {@code firstColumn} on take the template's {@code styles}. */
  private static Row styledRow(Sheet sheet, int index, int firstColumn, CellStyle[] styles) {
    var row = sheet.createRow(index);
    for (int c = 0; c < styles.length; c++) {
      var cell = row.createCell(firstColumn + c);
      if (styles[c] != null) {
        cell.setCellStyle(styles[c]);
      }
    }
    return row;
  }
}
