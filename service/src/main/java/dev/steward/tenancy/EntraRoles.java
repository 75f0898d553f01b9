package dev.steward.tenancy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where the roles of a firm's Microsoft users come from. {@link #AUTO} is Steward's until the first
 * sign-in whose token carries a Steward app role, which switches the firm to {@link #ENTRA} for
 * good (an admin may switch it back).
 */
public enum EntraRoles {
  /**
   * Roles are set in Steward until a token carries a Steward app role; then the firm follows Entra.
   */
  AUTO,
  /**
   * Every sign-in's role is the app role its token carries, or the default role when it carries
   * none.
   */
  ENTRA,
  /** App roles in tokens are ignored; admins set roles in Steward. */
  STEWARD;

  @JsonValue
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static EntraRoles of(String value) {
    for (var source : values()) {
      if (source.value().equalsIgnoreCase(value.trim())) {
        return source;
      }
    }
    throw new IllegalArgumentException(
        "Unknown role source '" + value + "': use auto, entra or steward");
  }
}
