package dev.steward.reports;

import dev.steward.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The period of a portfolio report: both days included, at most ten years. */
record ReportPeriod(LocalDate from, LocalDate to) {

  static final long MAX_DAYS = 3660;

  static ReportPeriod check(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw InvalidInputException.of("to", "must be on or after from");
    }
    if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
      throw InvalidInputException.of("to", "must be at most ten years after from");
    }
    return new ReportPeriod(from, to);
  }
}
