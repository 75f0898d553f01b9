package dev.steward.spreadsheets;

import dev.steward.tenancy.EachFirm;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes imports whose rows stopped arriving: the Excel pane posts a sheet in chunks, one request
 * each, and a pane closed half-way (or a lost connection) leaves a job receiving with the rows of
 * the chunks it sent. Past the time an import may take (STEWARD_IMPORT_MAX_UPLOAD_TIME) a further
 * chunk would be refused anyway, so the job and its rows are removed, as a refused file leaves
 * nothing behind. Runs every minute, firm by firm.
 */
@Component
class AbandonedUploadSweeper {

  private final EachFirm eachFirm;
  private final ImportJobs jobs;
  private final Duration maxUploadTime;

  AbandonedUploadSweeper(EachFirm eachFirm, ImportJobs jobs, ImportSettings settings) {
    this.eachFirm = eachFirm;
    this.jobs = jobs;
    this.maxUploadTime = settings.maxUploadTime();
  }

  @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
  void sweepAllFirms() {
    eachFirm.run("imports whose rows stopped arriving removed", this::sweep);
  }

  /** Sweeps the current firm; returns how many jobs were removed. */
  int sweepCurrentFirm() {
    return eachFirm.inTransaction(this::sweep);
  }

  private int sweep() {
    return jobs.deleteAbandoned(maxUploadTime);
  }
}
