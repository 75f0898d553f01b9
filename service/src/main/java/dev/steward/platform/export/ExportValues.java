package dev.steward.platform.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A column value as text, for the CSV and the PDF; the workbook keeps numbers and dates as such.
 */
final class ExportValues {

  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ExportValues() {}

  static String text(Object value, ZoneId zone) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Instant instant) {
      return DATE_TIME.format(instant.atZone(zone));
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Boolean yes) {
      return yes ? "Yes" : "No";
    }
    if (value instanceof Collection<?> items) {
      return items.stream()
          .filter(Objects::nonNull)
          .map(Object::toString)
          .collect(Collectors.joining("; "));
    }
    return value.toString();
  }
}
