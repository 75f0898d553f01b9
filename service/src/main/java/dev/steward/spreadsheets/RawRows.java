package dev.steward.spreadsheets;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An import's rows as read, cell by cell, in {@code import_rows}: kept so that a new mapping can
 * map them again, the preview can show each column's values, and the rejected rows can be given
 * back whole. Every method must run inside a transaction that has the firm set.
 */
@Component
class RawRows {

  /** Rows read back per round trip when re-mapping. */
  static final int BATCH = 20_000;

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  RawRows(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  CopyIn open() {
    return CopyIn.open(dataSource, "import_rows", "tenant_id, job_id, row_number, cells");
  }

  static void write(CopyIn copy, UUID tenant, UUID job, int rowNumber, List<String> cells) {
    copy.row(Arrays.asList(tenant, job, rowNumber, CopyIn.textArray(cells)));
  }

  /**
   * A row as read, written without COPY (the header row of a file, kept while the rows are copied).
   */
  void insert(UUID tenant, UUID job, int rowNumber, List<String> cells) {
    jdbc.sql(
            "insert into import_rows (tenant_id, job_id, row_number, cells) values (?, ?, ?, cast(? as text[]))")
        .params(tenant, job, rowNumber, CopyIn.textArray(cells))
        .update();
  }

  /**
   * The data rows (after the header), in order, a batch at a time; between batches the connection
   * is free again, so that the consumer may COPY.
   */
  void forEachBatch(
      UUID job, int headerRow, Consumer<List<Map.Entry<Integer, List<String>>>> consumer) {
    int after = headerRow;
    while (true) {
      List<Map.Entry<Integer, List<String>>> batch =
          jdbc.sql(
                  """
              select row_number, cells from import_rows where job_id = ? and row_number > ?
              order by row_number limit ?""")
              .params(job, after, BATCH)
              .query((rs, n) -> Map.entry(rs.getInt(1), cells(rs.getArray(2))))
              .list();
      if (!batch.isEmpty()) {
        consumer.accept(batch);
      }
      if (batch.size() < BATCH) {
        return;
      }
      after = batch.get(batch.size() - 1).getKey();
    }
  }

  /** The first {@code limit} data rows as read. */
  List<List<String>> firstRows(UUID job, int headerRow, int limit) {
    return jdbc.sql(
            "select cells from import_rows where job_id = ? and row_number > ? order by row_number limit ?")
        .params(job, headerRow, limit)
        .query((rs, n) -> cells(rs.getArray(1)))
        .list();
  }

  int lastRow(UUID job) {
    return jdbc.sql("select coalesce(max(row_number), 0) from import_rows where job_id = ?")
        .param(job)
        .query(Integer.class)
        .single();
  }

  private static List<String> cells(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }
}
