package dev.steward.campaigns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a response came to be recorded: by hand, from the Outlook pane, detected in the mailbox, or
 * imported.
 */
public enum RecordedVia {
  MANUAL,
  OUTLOOK,
  MAILBOX,
  IMPORT;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static RecordedVia of(String value) {
    for (var candidate : values()) {
      if (candidate.value().equalsIgnoreCase(value)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "Unknown recordedVia '" + value + "': use manual, outlook, mailbox or import");
  }
}
