package dev.steward.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.IntegrationTest;
import dev.steward.tenancy.CurrentTenant;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The purges and the sweep that used to run on every instance are recurring db-scheduler jobs, on
 * their schedules.
 */
class RecurringJobsIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired JobScheduler jobs;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void thePurgesAndTheSweepAreRegisteredWithTheirSchedules() {
    Map<String, Instant> next =
        jdbc
            .sql("select task_name, execution_time from scheduled_tasks")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getTimestamp(2).toInstant()))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    assertThat(next)
        .containsKeys(
            "contacts-trash-purge", "campaigns-trash-purge", "imports-stale-commit-sweep");
    // steward.trash.purge-cron, 0 17 3 * * * by default: the next 03:17:00 of this machine's zone
    for (String purge : new String[] {"contacts-trash-purge", "campaigns-trash-purge"}) {
      var local = next.get(purge).atZone(ZoneId.systemDefault());
      assertThat(local.toLocalTime()).as(purge).isEqualTo(LocalTime.of(3, 17));
      assertThat(next.get(purge))
          .as(purge)
          .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(86_400));
    }
    assertThat(next.get("imports-stale-commit-sweep")).isBefore(Instant.now().plusSeconds(61));
  }

  @Test
  void theServiceRoleMayWorkTheJobTableThatHoldsNoFirmData() {
    var columns =
        jdbc.sql(
                """
            select column_name from information_schema.columns
            where table_schema = 'public' and table_name = 'scheduled_tasks'""")
            .query(String.class)
            .list();
    assertThat(columns).doesNotContain("tenant_id");
    var privileges =
        jdbc.sql(
                """
            select privilege_type from information_schema.role_table_grants
            where table_name = 'scheduled_tasks' and grantee = current_user""")
            .query(String.class)
            .list();
    assertThat(privileges).contains("SELECT", "INSERT", "UPDATE", "DELETE");
  }

  @Test
  void theContactsPurgeRunsAsAJobWhenItsTimeComesAndIsRescheduledOnItsCron() throws Exception {
    UUID id =
        api.create(
            "/api/contacts",
            """
        {"type": "individual", "firstName": "Ada", "lastName": "Expired"}""");
    api.delete("/api/contacts/{id}", id);
    inFirm(
        () ->
            jdbc.sql("update contacts set deleted_at = now() - interval '31 days' where id = ?")
                .param(id)
                .update());

    jdbc.sql(
            "update scheduled_tasks set execution_time = now() where task_name = 'contacts-trash-purge'")
        .update();

    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (inFirm(
            () ->
                jdbc.sql("select count(*) from contacts where id = ?")
                    .param(id)
                    .query(Long.class)
                    .single())
        > 0) {
      assertThat(System.nanoTime()).as("the purge job ran within a minute").isLessThan(deadline);
      Thread.sleep(200);
    }
    Instant next =
        jdbc.sql(
                "select execution_time from scheduled_tasks where task_name = 'contacts-trash-purge'")
            .query(java.sql.Timestamp.class)
            .single()
            .toInstant();
    assertThat(next.atZone(ZoneId.systemDefault()).toLocalTime()).isEqualTo(LocalTime.of(3, 17));
    assertThat(next).isAfter(Instant.now());
  }

  private <T> T inFirm(java.util.function.Supplier<T> work) {
    return CurrentTenant.callAs(
        firm, () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
  }

  // The test framework stops contexts it keeps for later and starts them again; so may an
  // operator's tooling.
  @Test
  void theSchedulerStartsAgainAfterAStop() {
    assertThat(jobs.isRunning()).isTrue();
    jobs.stop();
    assertThat(jobs.isRunning()).isFalse();
    jobs.start();
    assertThat(jobs.isRunning()).isTrue();
  }
}
