package dev.steward.spreadsheets;

import dev.steward.contacts.ContactBulk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import's rows as mapped onto contact fields, in the staging table {@code import_staging}:
 * copied in, counted, cleared for a new mapping. Every method must run inside a transaction that
 * has the firm set.
 */
@Component
class StagedRows {

  /** The staging table's columns a row is copied into, in order. */
  static final String STAGED_COLUMNS =
      "tenant_id, job_id, row_number, "
          + String.join(", ", ContactBulk.COLUMNS)
          + ", tags, custom_fields, steward_id, match_key, problem, warning, other_emails, other_phones,"
          + " external_id";

  /** COPY's temporary table for a file's rows, raw and mapped, while the file is read. */
  static final String FILE_ROWS = "import_file_in";

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final JsonMapper json;

  StagedRows(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
    this.json = json;
  }

  /**
   * Staged rows of a first analysis go to a temporary table, so that deciding writes each of them
   * only once.
   */
  CopyIn openHeld() {
    return CopyIn.openHeld(dataSource, "import_staging", STAGED_COLUMNS);
  }

  /**
   * A file's rows, raw and mapped, copied into one temporary table while the file is read (so that
   * the raw rows are never read back to be mapped); {@link #matchFileRows} then moves them.
   */
  CopyIn openFileRows() {
    return CopyIn.openHeld(
        dataSource,
        "import_staging",
        FILE_ROWS,
        "like import_staging including defaults," + " cells text[] not null",
        STAGED_COLUMNS + ", cells");
  }

  void write(CopyIn copy, UUID tenant, UUID job, StagedRow row) {
    copy.row(stagedValues(tenant, job, row));
  }

  /** One row of a file being read: its cells as read and as mapped, copied together. */
  void writeFileRow(CopyIn copy, UUID tenant, UUID job, List<String> cells, StagedRow row) {
    var values = stagedValues(tenant, job, row);
    values.add(CopyIn.textArray(cells));
    copy.row(values);
  }

  private List<Object> stagedValues(UUID tenant, UUID job, StagedRow row) {
    var values = new ArrayList<Object>(ContactBulk.COLUMNS.size() + 12);
    values.add(tenant);
    values.add(job);
    values.add(row.rowNumber());
    values.addAll(row.values());
    values.add(row.tags().isEmpty() ? null : CopyIn.textArray(row.tags()));
    values.add(row.customFields().isEmpty() ? "{}" : json.writeValueAsString(row.customFields()));
    values.add(row.stewardId());
    values.add(row.matchKey());
    values.add(row.valid() ? null : row.reason());
    values.add(row.warnings().isEmpty() ? null : StagedRow.lines(row.warnings()));
    values.add(others(row.otherEmails(), "address"));
    values.add(others(row.otherPhones(), "number"));
    values.add(row.externalId());
    return values;
  }

  /** Other emails or phones as the contacts table holds them: [{"address": ..., "label": ...}]. */
  private String others(List<StagedRow.Labelled> values, String key) {
    if (values.isEmpty()) {
      return "[]";
    }
    var list = new ArrayList<Map<String, String>>(values.size());
    for (var value : values) {
      list.add(Map.of(key, value.value(), "label", value.label()));
    }
    return json.writeValueAsString(list);
  }

  /**
   * Refreshes the planner's statistics of the staging table after a load, so that the set-based
   * joins that follow hash rather than loop. Without the MAINTAIN privilege PostgreSQL skips it
   * with a warning, which is fine.
   */
  void analyse(int rows) {
    if (rows >= 5_000) {
      jdbc.sql("analyze import_staging").update();
    }
  }

  void clear(UUID job) {
    jdbc.sql("delete from import_staging where job_id = ?").param(job).update();
  }

  /** How many rows each action takes. */
  ImportSummary.Counts counts(UUID job) {
    Map<String, Long> byAction = new HashMap<>();
    jdbc.sql("select action, count(*) from import_staging where job_id = ? group by action")
        .param(job)
        .query(
            rs -> {
              byAction.put(rs.getString(1), rs.getLong(2));
            });
    return new ImportSummary.Counts(
        byAction.getOrDefault("create", 0L),
        byAction.getOrDefault("update", 0L),
        byAction.getOrDefault("unchanged", 0L),
        byAction.getOrDefault("skip", 0L),
        byAction.getOrDefault("reject", 0L));
  }

  /** How many rows repeat an earlier row of the file, and how many match a contact of the CRM. */
  ImportSummary.Duplicates duplicates(UUID job) {
    return jdbc.sql(
            """
            select count(*) filter (where duplicate_of is not null),
                   count(*) filter (where contact_id is not null and duplicate_of is null)
            from import_staging where job_id = ?""")
        .param(job)
        .query((rs, n) -> new ImportSummary.Duplicates(rs.getLong(1), rs.getLong(2)))
        .single();
  }
}
