package dev.steward.spreadsheets;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where an import job stands. {@code receiving} (rows still arriving in chunks) → {@code ready}
 * (mapped and previewed; mapping and policy may change) → {@code committing} → {@code committed} or
 * {@code failed} (the CRM untouched); {@code committed} → {@code undone}.
 */
public enum ImportStatus {
  RECEIVING,
  READY,
  COMMITTING,
  COMMITTED,
  FAILED,
  UNDONE;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ImportStatus of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
