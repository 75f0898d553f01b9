package dev.steward.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which of the two contacts a merged field's value comes from. */
public enum MergeSide {
  SURVIVOR,
  DUPLICATE;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static MergeSide of(String value) {
    for (var side : values()) {
      if (side.value().equalsIgnoreCase(value)) {
        return side;
      }
    }
    throw new IllegalArgumentException("Unknown side '" + value + "': use survivor or duplicate");
  }
}
