package dev.steward.reports.delivery;

import dev.steward.microsoft.DriveFile;
import dev.steward.microsoft.GraphAccess;
import dev.steward.microsoft.GraphCallException;
import dev.steward.microsoft.MicrosoftUnavailableException;
import dev.steward.microsoft.OneDrive;
import dev.steward.microsoft.UploadTarget;
import dev.steward.platform.ConflictException;
import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.Versions;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A firm's report schedule, and the delivery of due reports.
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
  private final DeliverySettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ReportDeliveries(
      ReportSchedules schedules,
      ScheduledReportContent content,
      OneDrive oneDrive,
      Tenants tenants,
      DeliverySettings settings,
      PlatformTransactionManager transactions) {
    this.schedules = schedules;
    this.content = content;
    this.oneDrive = oneDrive;
    this.tenants = tenants;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = Clock.systemUTC();
  }

  ReportScheduleView view() {
    return transaction.execute(
        status ->
            schedules
                .find()
                .map(ReportSchedules.Stored::view)
                .orElseGet(ReportScheduleView::defaults));
  }

  /** Saves the schedule; an enabled one gets its next run, counted from now. */
  ReportScheduleView save(ReportScheduleRequest request, String ifMatch) {
    String zone = checkedZone(request.timeZone());
    String folder = check(request);
    return transaction.execute(
        status -> {
          var existing = schedules.find();
          Instant next =
              request.enabled()
                  ? new Cadence(
                          request.frequency(),
                          request.dayOfWeek(),
                          request.dayOfMonth(),
                          request.time(),
                          ZoneId.of(zone))
                      .nextRunAfter(clock.instant())
                  : null;
          if (existing.isEmpty()) {
            schedules.insert(UUID.randomUUID(), request, zone, folder, next);
          } else {
            long expected = Versions.expected(ifMatch, request.version());
            long current = existing.get().view().version();
            Versions.check("The report schedule", expected, current);
            if (!schedules.update(existing.get().id(), expected, request, zone, folder, next)) {
              throw new ConflictException(
                  "The report schedule was changed by someone else at the same moment. Reload "
                      + "it, then apply your change again.",
                  Map.of());
            }
          }
          return schedules.find().orElseThrow().view();
        });
  }

  List<DeliveryRun> runs() {
    return transaction.execute(status -> schedules.recentRuns(settings.history()));
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

  /** The rules across fields; returns the destination folder as it is stored. */
  private static String check(ReportScheduleRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request.frequency() == Frequency.WEEKLY && request.dayOfWeek() == null) {
      problems.add(
          new FieldProblem(
              "dayOfWeek", "is required for a weekly report: 1 (Monday) to 7 (Sunday)"));
    }
    if (request.frequency() == Frequency.MONTHLY && request.dayOfMonth() == null) {
      problems.add(new FieldProblem("dayOfMonth", "is required for a monthly report: 1 to 28"));
    }
    if (request.report() == ReportKind.CAMPAIGN && request.campaignId() == null) {
      problems.add(new FieldProblem("campaignId", "is required for a campaign report"));
    }
    String folder = "";
    try {
      folder = target(request.destination()).folder();
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("destination.folder", e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return folder;
  }

  private static String checkedZone(String zone) {
    if (zone == null || zone.isBlank()) {
      return "UTC";
    }
    try {
      return ZoneId.of(zone.strip()).getId();
    } catch (DateTimeException e) {
      throw InvalidInputException.of(
          "timeZone", "must be a time zone such as Europe/London or America/New_York");
    }
  }

  private record Claimed(UUID run, ReportSchedules.Stored schedule, Cadence.Period period) {}
}
