package dev.steward.spreadsheets;

import static dev.steward.spreadsheets.ImportTestSupport.commitAndWait;
import static dev.steward.spreadsheets.ImportTestSupport.liveContacts;
import static dev.steward.spreadsheets.ImportTestSupport.uploaded;
import static dev.steward.spreadsheets.ImportTestSupport.waitForEnd;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import dev.steward.tenancy.CurrentTenant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits a stopped instance left in {@code committing} are failed; live ones, here or elsewhere,
 * are not.
 */
class StaleCommitSweepIntegrationTest extends IntegrationTest {

  @Autowired StaleCommitSweeper sweeper;
  @Autowired ImportCommitter committer;
  @Autowired JdbcClient jdbc;
  @Autowired ImportJobs jobs;
  @Autowired PlatformTransactionManager transactionManager;

  @AfterEach
  void stopBlockingCommits() {
    committer.afterStep = rows -> {};
  }

  @Test
  void aCommitLeftQuietPastTheLimitIsFailedInEveryFirmAndMayBeCommittedAgain() throws Exception {
    UUID id = uploaded(mvc, api, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
    leftCommitting(id, "11 minutes");

    sweeper.sweepAllFirms();

    String failed = api.get("/api/imports/{id}", id).andReturn().getResponse().getContentAsString();
    assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("failed");
    assertThat((String) JsonPath.read(failed, "$.error"))
        .isEqualTo("The service stopped during the commit; nothing was imported. Commit again.");
    assertThat(liveContacts(api)).isZero();

    assertThat((String) JsonPath.read(commitAndWait(api, id), "$.status")).isEqualTo("committed");
    assertThat(liveContacts(api)).isEqualTo(2);
  }

  @Test
  void aCommitQuietForLessThanTheLimitIsLeftAlone() throws Exception {
    UUID id = uploaded(mvc, api, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
    leftCommitting(id, "9 minutes");

    assertThat(CurrentTenant.callAs(firm, sweeper::sweepCurrentFirm)).isZero();
    assertThat(status(id)).isEqualTo("committing");
  }

  // A commit waiting in this instance's queue behind others has no transaction yet and nothing
  // stamps it but the
  // heartbeat; only the sweep's knowledge of what runs here keeps it from being failed.
  @Test
  void aCommitQueuedInThisInstanceIsNeverSweptAndItsHeartbeatKeepsItFresh() throws Exception {
    var bothThreadsBusy = new CountDownLatch(2);
    var release = new CountDownLatch(1);
    committer.afterStep =
        rows -> {
          bothThreadsBusy.countDown();
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };
    var others = new java.util.ArrayList<Map.Entry<dev.steward.Api, UUID>>();
    UUID id;
    try {
      for (int i = 0; i < 2; i++) {
        var other = signIn(newFirm(), Role.ADMIN);
        UUID otherJob =
            uploaded(mvc, other, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
        other.post("/api/imports/{id}/commit", "", otherJob);
        others.add(Map.entry(other, otherJob));
      }
      assertThat(bothThreadsBusy.await(30, TimeUnit.SECONDS)).isTrue();
      id = uploaded(mvc, api, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
      api.post("/api/imports/{id}/commit", "", id);
      inFirm(
          () ->
              jdbc.sql("update import_jobs set updated_at = now() - interval '1 hour' where id = ?")
                  .param(id)
                  .update());

      sweeper.sweepAllFirms();
      assertThat(status(id)).isEqualTo("committing");

      committer.heartbeat();
      assertThat(secondsSinceLastSignOfLife(id)).isLessThan(60);
    } finally {
      release.countDown();
    }
    assertThat((String) JsonPath.read(waitForEnd(api, id), "$.status")).isEqualTo("committed");
    assertThat(liveContacts(api)).isEqualTo(2);
    for (var other : others) {
      assertThat((String) JsonPath.read(waitForEnd(other.getKey(), other.getValue()), "$.status"))
          .isEqualTo("committed");
    }
  }

  // Another instance's commit is not in runningHere; the key-share lock its transaction holds on
  // the job is what keeps
  // the sweep off it, while its progress reports (which change no key) still go through.
  @Test
  void aCommitRunningInAnotherInstanceIsPassedOverAndStillReportsProgress() throws Exception {
    UUID id = uploaded(mvc, api, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
    leftCommitting(id, "11 minutes");
    var holding = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    var otherInstance = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      var commit =
          otherInstance.submit(
              () ->
                  inFirm(
                      () -> {
                        jobs.holdWhileCommitting(id);
                        holding.countDown();
                        try {
                          return release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          throw new IllegalStateException(e);
                        }
                      }));
      assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

      assertThat(CurrentTenant.callAs(firm, sweeper::sweepCurrentFirm)).isZero();
      assertThat(status(id)).isEqualTo("committing");
      java.util.concurrent.CompletableFuture.runAsync(
              () ->
                  inFirm(
                      () -> {
                        jobs.progress(id, 1);
                        return null;
                      }))
          .get(10, TimeUnit.SECONDS);

      release.countDown();
      assertThat(commit.get(30, TimeUnit.SECONDS)).isTrue();
      leftCommitting(id, "11 minutes");
      assertThat(CurrentTenant.callAs(firm, sweeper::sweepCurrentFirm)).isEqualTo(1);
      assertThat(status(id)).isEqualTo("failed");
    } finally {
      release.countDown();
      otherInstance.shutdownNow();
    }
  }

  /** As a crash after the commit started leaves a job: committing, and last stamped {@code ago}. */
  private void leftCommitting(UUID id, String ago) {
    inFirm(
        () ->
            jdbc.sql(
                    "update import_jobs set status = 'committing', updated_at = now() - cast(? as interval)"
                        + " where id = ?")
                .params(ago, id)
                .update());
  }

  private String status(UUID id) throws Exception {
    return JsonPath.read(
        api.get("/api/imports/{id}", id).andReturn().getResponse().getContentAsString(),
        "$.status");
  }

  private long secondsSinceLastSignOfLife(UUID id) {
    return inFirm(
        () ->
            jdbc.sql(
                    "select extract(epoch from now() - updated_at)::bigint from import_jobs where id = ?")
                .param(id)
                .query(Long.class)
                .single());
  }

  private <T> T inFirm(java.util.function.Supplier<T> work) {
    return CurrentTenant.callAs(
        firm, () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
  }
}
