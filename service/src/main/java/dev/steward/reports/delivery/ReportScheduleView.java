package dev.steward.reports.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A firm's report schedule. A firm that has saved none gets the defaults, switched off, without a
 * version.
 *
 * @param nextRunAt when the next report goes out; null while the schedule is off
 */
public record ReportScheduleView(
    boolean enabled,
    Frequency frequency,
    Integer dayOfWeek,
    Integer dayOfMonth,
    LocalTime time,
    String timeZone,
    ReportKind report,
    UUID campaignId,
    Destination destination,
    Instant nextRunAt,
    Long version) {

  static ReportScheduleView defaults() {
    return new ReportScheduleView(
        false,
        Frequency.WEEKLY,
        1,
        null,
        LocalTime.of(7, 0),
        "UTC",
        ReportKind.PORTFOLIO,
        null,
        null,
        null,
        null);
  }
}
