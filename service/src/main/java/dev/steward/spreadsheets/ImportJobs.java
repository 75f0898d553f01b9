package dev.steward.spreadsheets;

import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs, stored with JDBC; a save checks the version it loaded so that two writers never both
 * win.
 */
@Repository
class ImportJobs {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<ColumnMapping>> MAPPINGS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ImportJobs(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(ImportJob job) {
    var origin = job.origin();
    var layout = job.layout();
    jdbc.sql(
            """
            insert into import_jobs (id, tenant_id, created_by, source, file_name, file_kind, sheet_link_id, sheet_name,
                                     sheet_selection, status, header_row, policy, created_at, reading)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
        .params(
            origin.id(),
            origin.tenantId(),
            origin.createdBy(),
            origin.source(),
            origin.fileName(),
            layout.fileKind(),
            layout.sheetLinkId(),
            layout.sheetName(),
            layout.sheetSelection(),
            job.status().value(),
            layout.headerRow(),
            job.progress().policy().value(),
            Timestamp.from(origin.createdAt()),
            reading(layout))
        .update();
  }

  /**
   * @throws OptimisticLockingFailureException when someone saved the job since it was loaded
   */
  void save(ImportJob job) {
    var layout = job.layout();
    var progress = job.progress();
    int updated =
        jdbc.sql(
                """
            update import_jobs set sheet_link_id = ?, sheet_name = ?, file_kind = ?, status = ?, header_row = ?, header = cast(? as jsonb),
              mapping = cast(? as jsonb), policy = ?, rows_total = ?, rows_done = ?, text_chars = ?, summary = cast(? as jsonb),
              error = ?, committed_at = ?, undone_at = ?, reading = cast(? as jsonb), updated_at = now(),
              version = version + 1
            where id = ? and version = ?""")
            .params(
                layout.sheetLinkId(),
                layout.sheetName(),
                layout.fileKind(),
                progress.status().value(),
                layout.headerRow(),
                json.writeValueAsString(layout.header()),
                json.writeValueAsString(layout.mapping()),
                progress.policy().value(),
                progress.rowsTotal(),
                progress.rowsDone(),
                progress.textChars(),
                progress.summary() == null ? null : json.writeValueAsString(progress.summary()),
                progress.error(),
                timestamp(progress.committedAt()),
                timestamp(progress.undoneAt()),
                reading(layout),
                job.id(),
                progress.version())
            .update();
    if (updated != 1) {
      throw new OptimisticLockingFailureException("Import job " + job.id() + " changed meanwhile");
    }
    job.saved();
  }

  /**
   * Progress of a running commit, written outside the commit's own transaction so that pollers see
   * it.
   */
  void progress(UUID id, int rowsDone) {
    jdbc.sql("update import_jobs set rows_done = ?, updated_at = now() where id = ?")
        .params(rowsDone, id)
        .update();
  }

  /**
   * A sign of life of a commit running in this instance, between progress reports (which stamp it
   * too).
   */
  void heartbeat(UUID id) {
    jdbc.sql("update import_jobs set updated_at = now() where id = ? and status = 'committing'")
        .param(id)
        .update();
  }

  /**
   * The current firm's commits with no sign of life for {@code staleAfter} by the database's clock,
   * locked; jobs another transaction holds are passed over. That includes any commit running in any
   * instance: it holds its job with {@link #holdWhileCommitting}, which FOR UPDATE waits for.
   */
  List<ImportJob> lockStaleCommits(Duration staleAfter) {
    return jdbc.sql(
            """
            select * from import_jobs where tenant_id = ? and status = 'committing'
              and updated_at < now() - ? * interval '1 second'
            for update skip locked""")
        .params(CurrentTenant.require(), staleAfter.toSeconds())
        .query(this::job)
        .list();
  }

  /**
   * A key-share lock on the job for the rest of a commit's transaction: the stale-commit sweep
   * passes it over, while progress and heartbeat updates (which change no key) go through.
   */
  void holdWhileCommitting(UUID id) {
    jdbc.sql("select id from import_jobs where id = ? for key share")
        .param(id)
        .query(UUID.class)
        .optional();
  }

  /** Removes a job refused while it was receiving rows; its rows, raw and staged, go with it. */
  void deleteReceiving(UUID id) {
    jdbc.sql("delete from import_jobs where id = ? and tenant_id = ? and status = 'receiving'")
        .params(id, CurrentTenant.require())
        .update();
  }

  /**
   * Removes the current firm's jobs still receiving rows that began more than {@code maxUploadTime}
   * ago: their client stopped sending chunks (a closed pane, a lost connection), and the chunks of
   * a live one would be refused anyway. Jobs another transaction holds (a chunk arriving) are
   * passed over.
   */
  int deleteAbandoned(Duration maxUploadTime) {
    return jdbc.sql(
            """
            delete from import_jobs where id in (
              select id from import_jobs where tenant_id = ? and status = 'receiving'
                and created_at < now() - ? * interval '1 millisecond'
              for update skip locked)""")
        .params(CurrentTenant.require(), maxUploadTime.toMillis())
        .update();
  }

  Optional<ImportJob> find(UUID id) {
    return jdbc.sql("select * from import_jobs where id = ? and tenant_id = ?")
        .params(id, CurrentTenant.require())
        .query(this::job)
        .optional();
  }

  ImportJob require(UUID id) {
    return find(id).orElseThrow(() -> NotFoundException.of("Import", id));
  }

  /** The job, locked until the transaction ends. */
  ImportJob lock(UUID id) {
    return jdbc.sql("select * from import_jobs where id = ? and tenant_id = ? for update")
        .params(id, CurrentTenant.require())
        .query(this::job)
        .optional()
        .orElseThrow(() -> NotFoundException.of("Import", id));
  }

  List<ImportJob> recent(int limit) {
    return jdbc.sql(
            "select * from import_jobs where tenant_id = ? order by created_at desc limit ?")
        .params(CurrentTenant.require(), limit)
        .query(this::job)
        .list();
  }

  private ImportJob job(ResultSet rs, int n) throws SQLException {
    String summary = rs.getString("summary");
    String reading = rs.getString("reading");
    return new ImportJob(
        new ImportOrigin(
            rs.getObject("id", UUID.class),
            rs.getObject("tenant_id", UUID.class),
            rs.getObject("created_by", UUID.class),
            rs.getString("source"),
            rs.getString("file_name"),
            instant(rs.getTimestamp("created_at"))),
        new ImportLayout(
            rs.getString("file_kind"),
            rs.getObject("sheet_link_id", UUID.class),
            rs.getString("sheet_name"),
            rs.getBoolean("sheet_selection"),
            rs.getInt("header_row"),
            json.readValue(rs.getString("header"), STRINGS),
            json.readValue(rs.getString("mapping"), MAPPINGS),
            reading == null ? null : json.readValue(reading, FileReading.class)),
        new ImportJob.Progress(
            ImportStatus.of(rs.getString("status")),
            ImportPolicy.of(rs.getString("policy")),
            rs.getInt("rows_total"),
            rs.getInt("rows_done"),
            rs.getLong("text_chars"),
            summary == null ? null : json.readValue(summary, ImportSummary.class),
            rs.getString("error"),
            instant(rs.getTimestamp("committed_at")),
            instant(rs.getTimestamp("undone_at")),
            rs.getLong("version")));
  }

  private String reading(ImportLayout layout) {
    return layout.reading() == null ? null : json.writeValueAsString(layout.reading());
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
