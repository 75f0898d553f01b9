package dev.steward.platform;

import java.util.Map;

/**
 * The request clashes with the current state: a stale version, a duplicate, a refused transition.
 * Answered with 409.
 */
public class ConflictException extends RuntimeException {

  private final Map<String, Object> properties;

  public ConflictException(String message) {
    this(message, Map.of());
  }

  /** {@code properties} are added to the problem details, for example the current version. */
  public ConflictException(String message, Map<String, Object> properties) {
    super(message);
    this.properties = Map.copyOf(properties);
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
