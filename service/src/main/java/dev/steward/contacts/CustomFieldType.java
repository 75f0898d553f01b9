package dev.steward.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of value a firm's custom field holds. */
public enum CustomFieldType {
  TEXT,
  NUMBER,
  DATE,
  BOOLEAN;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static CustomFieldType of(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
