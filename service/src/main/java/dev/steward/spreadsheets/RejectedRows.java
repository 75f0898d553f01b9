package dev.steward.spreadsheets;

import dev.steward.platform.CellText;
import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the rejected rows of a job as an xlsx with SXSSF (a window of rows in memory, the rest on
 * disk): the original header and cells, plus a "Reason" column. Every text goes through {@link
 * CellText}: string cells, quote-prefixed when they start like a formula, so that no spreadsheet
 * ever evaluates them.
 */
@Component
class RejectedRows {

  private static final String REASON =
      "coalesce(s.problem, 'row: repeats row ' || s.duplicate_of || ' of this file')";

  private final JdbcClient jdbc;

  RejectedRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void write(ImportJob job, OutputStream out) throws IOException {
    var workbook = new SXSSFWorkbook(200);
    try {
      var sheet = workbook.createSheet("Rejected rows");
      var cells = CellText.cells(workbook);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      var header = sheet.createRow(0);
      int width = job.layout().header().size();
      cells.text(header, 0, "Row", bold);
      for (int c = 0; c < width; c++) {
        cells.text(header, c + 1, job.layout().header().get(c), bold);
      }
      cells.text(header, width + 1, "Reason", bold);
      int[] next = {1};
      jdbc.sql(
              """
              select s.row_number, r.cells, %s
              from import_staging s join import_rows r on r.job_id = s.job_id and r.row_number = s.row_number
              where s.job_id = ? and s.action = 'reject' order by s.row_number"""
                  .formatted(REASON))
          .param(job.id())
          .withFetchSize(500)
          .query(
              rs -> {
                var row = sheet.createRow(next[0]++);
                cells.number(row, 0, rs.getInt(1), null);
                String[] values = (String[]) rs.getArray(2).getArray();
                for (int c = 0; c < values.length; c++) {
                  if (values[c] != null && !values[c].isEmpty()) {
                    cells.text(row, c + 1, values[c]);
                  }
                }
                cells.text(row, width + 1, rs.getString(3));
              });
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }

  /** One rejected row for the pane's error list: its sheet row, why, and its original cells. */
  record RejectedRow(int rowNumber, String reason, List<String> cells) {}

  PageResult<RejectedRow> page(ImportJob job, PageRequestParams page) {
    long total =
        jdbc.sql("select count(*) from import_staging where job_id = ? and action = 'reject'")
            .param(job.id())
            .query(Long.class)
            .single();
    var items =
        jdbc.sql(
                """
            select s.row_number, r.cells, %s
            from import_staging s join import_rows r on r.job_id = s.job_id and r.row_number = s.row_number
            where s.job_id = ? and s.action = 'reject' order by s.row_number limit ? offset ?"""
                    .formatted(REASON))
            .param(job.id())
            .param(page.size())
            .param(page.offset())
            .query(
                (rs, n) ->
                    new RejectedRow(
                        rs.getInt(1),
                        rs.getString(3),
                        Arrays.asList((String[]) rs.getArray(2).getArray())))
            .list();
    return PageResult.of(items, page.page(), page.size(), total, false);
  }

  static String fileName(UUID id) {
    return "rejected-rows-" + id.toString().substring(0, 8) + ".xlsx";
  }
}
