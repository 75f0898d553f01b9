package dev.steward.contacts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a contact is: a person, a business, or the estate of someone who has died. */
public enum ContactType {
  INDIVIDUAL,
  BUSINESS,
  ESTATE;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static ContactType of(String value) {
    for (var type : values()) {
      if (type.value().equalsIgnoreCase(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "Unknown contact type '" + value + "': use individual, business or estate");
  }
}
