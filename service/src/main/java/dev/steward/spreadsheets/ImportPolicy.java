package dev.steward.spreadsheets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What an import does with a row that matches an existing contact. {@code update} (the default)
 * writes the row's non-blank values and never blanks a field; the preview lists every field whose
 * value it would replace. {@code skip} leaves the contact alone. {@code create} adds a new contact
 * anyway, except where the email is taken.
 */
public enum ImportPolicy {
  UPDATE,
  SKIP,
  CREATE;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static ImportPolicy of(String value) {
    for (var policy : values()) {
      if (policy.value().equalsIgnoreCase(value == null ? "" : value.trim())) {
        return policy;
      }
    }
    throw new IllegalArgumentException(
        "Unknown policy '" + value + "': use update, skip or create");
  }
}
