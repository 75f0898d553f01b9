package dev.steward.spreadsheets;

import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.EachFirm;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes the rows of imports committed longer ago than {@code steward.import.retention} (90 days):
 * the raw rows, the staged rows and the earlier values undo would restore. The job itself stays,
 * with its counts; from then on it can no longer be undone ({@link ImportJob#requireUndoable}).
 * Runs daily as the recurring job {@value #JOB}, firm by firm. A job being undone right now is
 * locked, and skipped until the next run.
 */
@Component
class ImportRowsPurger {

  static final String JOB = "imports-rows-purge";

  private final EachFirm eachFirm;
  private final JdbcClient jdbc;
  private final Duration retention;

  ImportRowsPurger(EachFirm eachFirm, JdbcClient jdbc, ImportSettings settings) {
    this.eachFirm = eachFirm;
    this.jdbc = jdbc;
    this.retention = settings.retention();
  }

  void purgeAllFirms() {
    eachFirm.run("imports past their retention cleared of their rows", this::purge);
  }

  /** Purges the current firm's expired imports; returns how many imports lost their rows. */
  int purgeCurrentFirm() {
    return eachFirm.inTransaction(this::purge);
  }

  private int purge() {
    var expired =
        jdbc.sql(
                """
            select j.id from import_jobs j
            where j.tenant_id = ? and j.status in ('committed', 'undone')
              and j.committed_at < now() - ? * interval '1 millisecond'
              and (exists (select 1 from import_rows r where r.job_id = j.id)
                or exists (select 1 from import_staging s where s.job_id = j.id)
                or exists (select 1 from import_changes c where c.job_id = j.id))
            for update of j skip locked""")
            .params(CurrentTenant.require(), retention.toMillis())
            .query(UUID.class)
            .list();
    if (expired.isEmpty()) {
      return 0;
    }
    UUID[] ids = expired.toArray(UUID[]::new);
    for (String table : new String[] {"import_rows", "import_staging", "import_changes"}) {
      jdbc.sql("delete from " + table + " where job_id = any(?)").param(ids).update();
    }
    return expired.size();
  }
}
