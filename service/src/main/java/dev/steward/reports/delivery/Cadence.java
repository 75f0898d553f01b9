package dev.steward.reports.delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When a schedule's runs fall, in its own time zone, and which days each run reports on.
 *
 * @param dayOfWeek for weekly runs, 1 (Monday) to 7 (Sunday)
 * @param dayOfMonth for monthly runs, 1 to 28, so that every month has it
 */
record Cadence(
    Frequency frequency, Integer dayOfWeek, Integer dayOfMonth, LocalTime time, ZoneId zone) {

  /**
   * The first run strictly after {@code after}. Missed runs are not made up: the next one is in the
   * future.
   */
  Instant nextRunAfter(Instant after) {
    LocalDate today = after.atZone(zone).toLocalDate();
    LocalDate date =
        switch (frequency) {
          case DAILY -> today;
          case WEEKLY -> today.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(dayOfWeek)));
          case MONTHLY -> today.withDayOfMonth(dayOfMonth);
        };
    ZonedDateTime candidate = ZonedDateTime.of(date, time, zone);
    while (!candidate.toInstant().isAfter(after)) {
      date =
          switch (frequency) {
            case DAILY -> date.plusDays(1);
            case WEEKLY -> date.plusWeeks(1);
            case MONTHLY -> date.plusMonths(1).withDayOfMonth(dayOfMonth);
          };
      candidate = ZonedDateTime.of(date, time, zone);
    }
    return candidate.toInstant();
  }

  /**
   * The days a run due at {@code due} reports on: the period just ended (yesterday, the last 7
   * days, last month).
   */
  Period periodOf(Instant due) {
    LocalDate day = due.atZone(zone).toLocalDate();
    return switch (frequency) {
      case DAILY -> new Period(day.minusDays(1), day.minusDays(1));
      case WEEKLY -> new Period(day.minusDays(7), day.minusDays(1));
      case MONTHLY -> {
        LocalDate lastMonth = day.minusMonths(1);
        yield new Period(
            lastMonth.withDayOfMonth(1), lastMonth.with(TemporalAdjusters.lastDayOfMonth()));
      }
    };
  }

  /** Days from {@code from} to {@code to}, both included. */
  record Period(LocalDate from, LocalDate to) {}
}
