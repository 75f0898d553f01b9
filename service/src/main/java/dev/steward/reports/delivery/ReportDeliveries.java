package dev.steward.reports.delivery;

import dev.steward.microsoft.DriveFile;
import dev.steward.microsoft.GraphAccess;
import dev.steward.microsoft.GraphCallException;
import dev.steward.microsoft.MicrosoftUnavailableException;
import dev.steward.microsoft.OneDrive;
import dev.steward.microsoft.UploadTarget;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery of due scheduled reports ({@link ReportScheduleEditor} keeps the schedule).
 *
 * <p>A run goes in three steps, so that no transaction stays open while the report is made and
 * uploaded: claim the due schedule (locked, skipping one another instance holds), move its next run
 * on and record the run as started, in one transaction; make the report and upload it, as the app
 * in the firm's Microsoft tenant; record the outcome. A due time is recorded once (unique per
 * schedule), so even two instances that both found it due deliver it once.
 */
@Service
class ReportDeliveries {

  private static final Logger log = LoggerFactory.getLogger(ReportDeliveries.class);

  private final ReportSchedules schedules;
  private final ScheduledReportContent content;
  private final OneDrive oneDrive;
  private final Tenants tenants;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ReportDeliveries(
      ReportSchedules schedules,
      ScheduledReportContent content,
      OneDrive oneDrive,
      Tenants tenants,
      PlatformTransactionManager transactions) {
    this.schedules = schedules;
    this.content = content;
    this.oneDrive = oneDrive;
    this.tenants = tenants;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = Clock.systemUTC();
  }

  /** Delivers every firm's due report; the job calls this. Returns how many runs it made. */
  int deliverDue() {
    int runs = 0;
    for (TenantInfo firm : tenants.all()) {
      if (!firm.active()) {
        continue;
      }
      try {
        if (CurrentTenant.callAs(firm.id(), () -> deliverIfDue(firm))) {
          runs++;
        }
      } catch (RuntimeException e) {
        log.error("{}: the scheduled report could not be delivered", firm.name(), e);
      }
    }
    return runs;
  }

  /** The current firm's due report, if one is due and no one else took it; true when it ran. */
  boolean deliverIfDue(TenantInfo firm) {
    Instant now = clock.instant();
    var claimed =
        transaction.execute(
            status ->
                schedules
                    .lockDue(now)
                    .map(
                        schedule -> {
                          Cadence cadence = schedule.cadence();
                          Instant due = schedule.view().nextRunAt();
                          schedules.advance(
                              schedule.id(), cadence.nextRunAfter(now.isAfter(due) ? now : due));
                          UUID run = UUID.randomUUID();
                          Cadence.Period period = cadence.periodOf(due);
                          return schedules.startRun(run, schedule.id(), due, period)
                              ? new Claimed(run, schedule, period)
                              : null;
                        })
                    .orElse(null));
    if (claimed == null) {
      return false;
    }
    deliver(firm, claimed);
    return true;
  }

  private void deliver(TenantInfo firm, Claimed claimed) {
    var view = claimed.schedule().view();
    String fileName = null;
    try {
      ScheduledReport report =
          view.report() == ReportKind.CAMPAIGN
              ? content.campaign(view.campaignId())
              : content.portfolio(claimed.period().from(), claimed.period().to());
      fileName = report.fileName();
      String tenant = firm.azureTenantId() == null ? null : firm.azureTenantId().toString();
      DriveFile file =
          oneDrive.upload(
              GraphAccess.app(tenant),
              target(view.destination()),
              report.fileName(),
              report.content(),
              report.size());
      transaction.executeWithoutResult(
          status -> schedules.delivered(claimed.run(), file.name(), file.webUrl(), file.id()));
      log.info(
          "{}: scheduled {} report delivered to {}",
          firm.name(),
          view.report().value(),
          file.webUrl());
    } catch (GraphCallException
        | MicrosoftUnavailableException
        | ReportUnavailableException
        | NotFoundException
        | IllegalArgumentException e) {
      failed(firm, claimed, fileName, e.getMessage());
    } catch (RuntimeException e) {
      log.error("{}: the scheduled report failed", firm.name(), e);
      failed(
          firm,
          claimed,
          fileName,
          "The report could not be made ("
              + e.getClass().getSimpleName()
              + "); the service log has the details.");
    }
  }

  private void failed(TenantInfo firm, Claimed claimed, String fileName, String error) {
    log.warn("{}: scheduled report not delivered: {}", firm.name(), error);
    String reason = error == null || error.isBlank() ? "The report could not be delivered." : error;
    transaction.executeWithoutResult(status -> schedules.failed(claimed.run(), fileName, reason));
  }

  static UploadTarget target(Destination destination) {
    return switch (destination.drive()) {
      case USER -> UploadTarget.userOneDrive(destination.owner(), destination.folder());
      case SITE -> UploadTarget.site(destination.owner(), destination.folder());
      case DRIVE -> UploadTarget.drive(destination.owner(), destination.folder());
    };
  }

  private record Claimed(UUID run, ReportSchedules.Stored schedule, Cadence.Period period) {}
}
