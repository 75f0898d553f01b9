package dev.steward.reports.delivery;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which report a schedule delivers. */
public enum ReportKind {
  /**
   * All campaigns side by side over the period that just ended (yesterday, the last 7 days, the
   * last month).
   */
  PORTFOLIO,
  /** One campaign, as it stands at the time of the run. */
  CAMPAIGN;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static ReportKind of(String value) {
    for (var kind : values()) {
      if (kind.value().equalsIgnoreCase(value.strip())) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown report '" + value + "': use portfolio or campaign");
  }
}
