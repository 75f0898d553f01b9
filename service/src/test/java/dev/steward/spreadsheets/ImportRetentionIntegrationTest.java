package dev.steward.spreadsheets;

import static dev.steward.spreadsheets.ImportTestSupport.commitAndWait;
import static dev.steward.spreadsheets.ImportTestSupport.uploaded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.steward.IntegrationTest;
import dev.steward.tenancy.CurrentTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A committed import says until when it may be undone (90 days by default); past that its rows are
 * purged, in this firm only, and its undo is refused in plain words. A recent import keeps its rows
 * and its undo.
 */
class ImportRetentionIntegrationTest extends IntegrationTest {

  @Autowired ImportRowsPurger purger;
  @Autowired JdbcClient jdbc;
  @Autowired Environment environment;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void anImportPastItsRetentionLosesItsRowsAndItsUndoWhileARecentOneKeepsBoth() throws Exception {
    UUID old =
        uploaded(mvc, api, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
    String committed = commitAndWait(api, old);
    Instant committedAt = Instant.parse(JsonPath.read(committed, "$.committedAt"));
    assertThat(Instant.parse(JsonPath.<String>read(committed, "$.undoUntil")))
        .isEqualTo(committedAt.plus(Duration.ofDays(90)));

    var otherFirm = newFirm();
    var otherApi = signIn(otherFirm, dev.steward.identity.Role.ADMIN);
    UUID recent =
        uploaded(mvc, otherApi, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
    commitAndWait(otherApi, recent);

    CurrentTenant.callAs(
        firm,
        () ->
            new TransactionTemplate(transactionManager)
                .execute(
                    status ->
                        jdbc.sql(
                                "update import_jobs set committed_at = now() - interval '91 days' where id = ?")
                            .param(old)
                            .update()));
    assertThat(rowsOf(firm).get(1)).isPositive();

    assertThat(CurrentTenant.callAs(firm, purger::purgeCurrentFirm)).isEqualTo(1);
    assertThat(CurrentTenant.callAs(otherFirm, purger::purgeCurrentFirm)).isZero();

    assertThat(rowsOf(firm)).as("jobs, raw rows, staged rows").startsWith(1L, 0L, 0L);
    assertThat(rowsOf(otherFirm).get(1)).isPositive();
    try (var connection = Superuser.connect(environment);
        var changes =
            connection.prepareStatement("select count(*) from import_changes where job_id = ?")) {
      changes.setObject(1, old);
      try (var row = changes.executeQuery()) {
        row.next();
        assertThat(row.getLong(1)).isZero();
      }
    }

    api.get("/api/imports/{id}", old)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("committed"))
        .andExpect(jsonPath("$.counts.created").value(2));
    api.post("/api/imports/{id}/undo", "", old)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("undo-expired"))
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("Imports can be undone for 90 days")));
    otherApi
        .post("/api/imports/{id}/undo", "", recent)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("undone"))
        .andExpect(jsonPath("$.undoUntil").doesNotExist());
  }

  private List<Long> rowsOf(UUID tenant) throws Exception {
    try (var connection = Superuser.connect(environment)) {
      return Superuser.importsOf(connection, tenant);
    }
  }
}
