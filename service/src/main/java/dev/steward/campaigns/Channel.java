package dev.steward.campaigns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a campaign reaches its members. */
public enum Channel {
  EMAIL,
  PHONE,
  MAIL;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Channel of(String value) {
    for (var candidate : values()) {
      if (candidate.value().equalsIgnoreCase(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("Unknown channel '" + value + "': use email, phone or mail");
  }
}
