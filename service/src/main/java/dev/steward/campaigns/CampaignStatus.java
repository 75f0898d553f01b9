package dev.steward.campaigns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a campaign stands: being prepared, sent out, or finished. */
public enum CampaignStatus {
  DRAFT,
  SENT,
  COMPLETED;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static CampaignStatus of(String value) {
    for (var candidate : values()) {
      if (candidate.value().equalsIgnoreCase(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "Unknown campaign status '" + value + "': use draft, sent or completed");
  }
}
