package dev.steward.spreadsheets;

import dev.steward.tenancy.EachFirm;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fails the commits a stopped instance left in {@code committing}. A commit is one transaction, so the CRM was left
 * untouched; only the job is stuck, and with it its sheet link and whoever follows its progress. Runs at startup and
 * every minute, firm by firm; the commits this instance is running are never touched, however quiet they are.
 */
@Component
class StaleCommitSweeper {

  static final String REASON = "The service stopped during the commit; nothing was imported. Commit again.";

  private final EachFirm eachFirm;
  private final ImportJobs jobs;
  private final ImportCommitter committer;
  private final Duration staleAfter;

  StaleCommitSweeper(EachFirm eachFirm, ImportJobs jobs, ImportCommitter committer, ImportSettings settings) {
    this.eachFirm = eachFirm;
    this.jobs = jobs;
    this.committer = committer;
    this.staleAfter = settings.staleAfter();
  }

  @EventListener(ApplicationReadyEvent.class)
  void sweepAtStartup() {
    sweepAllFirms();
  }

  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
  void sweepAllFirms() {
    eachFirm.run("import commits left behind by a stopped instance marked failed", this::sweep);
  }

  /** Sweeps the current firm; returns how many jobs were failed. */
  int sweepCurrentFirm() {
    return eachFirm.inTransaction(this::sweep);
  }

  private int sweep() {
    var runningHere = committer.runningHere();
    int failed = 0;
    for (var job : jobs.lockStaleCommits(staleAfter)) {
      if (!runningHere.contains(job.id)) {
        job.failed(REASON);
        jobs.save(job);
        failed++;
      }
    }
    return failed;
  }
}
