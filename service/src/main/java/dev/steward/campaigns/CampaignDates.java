package dev.steward.campaigns;

import dev.steward.platform.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates and instants sent as text, parsed so that a bad one is a field problem (422) rather than an
 * unreadable body.
 */
final class CampaignDates {

  private CampaignDates() {}

  static LocalDate parse(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "must be a date such as 2026-03-01");
    }
  }

  static Instant parseInstant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(field, "must be a moment such as 2026-03-01T09:30:00Z");
    }
  }
}
