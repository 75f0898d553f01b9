package dev.steward.reports.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How often a scheduled report goes out. */
public enum Frequency {
  DAILY,
  WEEKLY,
  MONTHLY;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Frequency of(String value) {
    for (var frequency : values()) {
      if (frequency.value().equalsIgnoreCase(value.strip())) {
        return frequency;
      }
    }
    throw new IllegalArgumentException(
        "Unknown frequency '" + value + "': use daily, weekly or monthly");
  }
}
