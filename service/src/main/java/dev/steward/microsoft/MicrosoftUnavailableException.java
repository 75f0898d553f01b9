package dev.steward.microsoft;

/**
 * Steward cannot call Microsoft for this: Graph is not configured (no application id or secret), or the caller has
 * no Microsoft identity to act with. Answered with 503 and the reason, which says what would make it work.
 */
public class MicrosoftUnavailableException extends RuntimeException {

  public MicrosoftUnavailableException(String message) {
    super(message);
  }
}
