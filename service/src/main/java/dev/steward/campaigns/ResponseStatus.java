package dev.steward.campaigns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a campaign member answered; {@code pending} until they do. */
public enum ResponseStatus {
  PENDING,
  RESPONDED,
  CONVERTED,
  NOT_INTERESTED;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static ResponseStatus of(String value) {
    for (var candidate : values()) {
      if (candidate.value().equalsIgnoreCase(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "Unknown response status '"
            + value
            + "': use pending, responded, converted or not_interested");
  }
}
