package dev.steward.reports.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A firm's report schedule. A firm that has saved none gets the defaults, switched off, without a
 * version.
 *
 * @param nextRunAt when the next report goes out; null while the schedule is off
 */
@NullMarked
public record ReportScheduleView(
    boolean enabled,
    Frequency frequency,
    @Nullable Integer dayOfWeek,
    @Nullable Integer dayOfMonth,
    LocalTime time,
    String timeZone,
    ReportKind report,
    @Nullable UUID campaignId,
    @Nullable Destination destination,
    @Nullable Instant nextRunAt,
    @Nullable Long version) {

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
