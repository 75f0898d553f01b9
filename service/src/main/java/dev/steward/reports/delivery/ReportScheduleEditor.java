package dev.steward.reports.delivery;

import dev.steward.platform.ConflictException;
import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.Versions;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A firm's report schedule as its admins see and change it, with its recent runs. */
@Service
class ReportScheduleEditor {

  private final ReportSchedules schedules;
  private final DeliverySettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ReportScheduleEditor(
      ReportSchedules schedules,
      DeliverySettings settings,
      PlatformTransactionManager transactions) {
    this.schedules = schedules;
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
      folder = ReportDeliveries.target(request.destination()).folder();
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
}
