package dev.steward.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.IntegrationTest;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The purges and the sweep that used to run on every instance are recurring db-scheduler jobs, on their schedules. */
class RecurringJobsIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired JobScheduler jobs;

  @Test
  void thePurgesAndTheSweepAreRegisteredWithTheirSchedules() {
    Map<String, Instant> next = jdbc.sql("select task_name, execution_time from scheduled_tasks")
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
        .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    assertThat(next).containsKeys("contacts-trash-purge", "campaigns-trash-purge", "imports-stale-commit-sweep");
    // steward.trash.purge-cron, 0 17 3 * * * by default: the next 03:17:00 of this machine's zone
    for (String purge : new String[] {"contacts-trash-purge", "campaigns-trash-purge"}) {
      var local = next.get(purge).atZone(ZoneId.systemDefault());
      assertThat(local.toLocalTime()).as(purge).isEqualTo(LocalTime.of(3, 17));
      assertThat(next.get(purge)).as(purge)
          .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(86_400));
    }
    assertThat(next.get("imports-stale-commit-sweep")).isBefore(Instant.now().plusSeconds(61));
  }

  @Test
  void theServiceRoleMayWorkTheJobTableThatHoldsNoFirmData() {
    var columns = jdbc.sql("""
            select column_name from information_schema.columns
            where table_schema = 'public' and table_name = 'scheduled_tasks'""")
        .query(String.class).list();
    assertThat(columns).doesNotContain("tenant_id");
    var privileges = jdbc.sql("""
            select privilege_type from information_schema.role_table_grants
            where table_name = 'scheduled_tasks' and grantee = current_user""")
        .query(String.class).list();
    assertThat(privileges).contains("SELECT", "INSERT", "UPDATE", "DELETE");
  }

  // The test framework stops contexts it keeps for later and starts them again; so may an operator's tooling.
  @Test
  void theSchedulerStartsAgainAfterAStop() {
    assertThat(jobs.isRunning()).isTrue();
    jobs.stop();
    assertThat(jobs.isRunning()).isFalse();
    jobs.start();
    assertThat(jobs.isRunning()).isTrue();
  }
}
