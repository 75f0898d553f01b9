package dev.steward.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a user may do. Admin includes user, and user includes viewer. */
public enum Role {
  ADMIN,
  USER,
  VIEWER;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static Role of(String value) {
    for (var role : values()) {
      if (role.value().equalsIgnoreCase(value.trim())) {
        return role;
      }
    }
    throw new IllegalArgumentException("Unknown role '" + value + "': use admin, user or viewer");
  }

  /** The Spring Security authority, {@code ROLE_ADMIN}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
