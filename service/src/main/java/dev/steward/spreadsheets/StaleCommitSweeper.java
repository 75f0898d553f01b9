package dev.steward.spreadsheets;

import dev.steward.tenancy.EachFirm;
import java.time.Duration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fails the commits a stopped instance left in {@code committing}. A commit is one transaction, so
 * the CRM was left untouched; only the job is stuck, and with it its sheet link and whoever follows
 * its progress. Runs at startup and every minute, firm by firm; the commits this instance is
 * running are never touched, however quiet they are.
 *
 * <p>The minutely sweep is the recurring job {@value #JOB}, which one instance runs at a time. That
 * instance knows only its own running commits; another instance's are kept off by the key-share
 * lock their transaction holds on the job, and the ones still queued there by their heartbeat
 * ({@link ImportCommitter#heartbeat()}, every 30 seconds on every instance), which keeps them
 * fresher than {@code steward.import.stale-after} (at least a minute).
 */
@Component
class StaleCommitSweeper {

  static final String REASON =
      "The service stopped during the commit; nothing was imported. Commit again.";

  static final String JOB = "imports-stale-commit-sweep";

  private final EachFirm eachFirm;
  private final ImportJobs jobs;
  private final ImportCommitter committer;
  private final Duration staleAfter;

  StaleCommitSweeper(
      EachFirm eachFirm, ImportJobs jobs, ImportCommitter committer, ImportSettings settings) {
    this.eachFirm = eachFirm;
    this.jobs = jobs;
    this.committer = committer;
    this.staleAfter = settings.staleAfter();
  }

  @EventListener(ApplicationReadyEvent.class)
  void sweepAtStartup() {
    sweepAllFirms();
  }

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
      if (!runningHere.contains(job.id())) {
        job.failed(REASON);
        jobs.save(job);
        failed++;
      }
    }
    return failed;
  }
}
