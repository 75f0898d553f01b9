package dev.steward.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How a sign-in or refresh ended. Failures are results, not exceptions, so that what they record (a
 * failed attempt, a lock, a revoked token family) is committed before the client hears "no".
 */
record SignInResult(
    Outcome outcome, String message, Duration retryAfter, Session session, Duration pause) {

  enum Outcome {
    SIGNED_IN,
    MFA_REQUIRED,
    REFUSED,
    LOCKED
  }

  /** Tokens of a signed-in user. */
  record Session(
      StewardPrincipal principal,
      String accessToken,
      Instant accessExpiresAt,
      String refreshToken) {}

  static SignInResult signedIn(Session session) {
    return new SignInResult(Outcome.SIGNED_IN, null, null, session, Duration.ZERO);
  }

  static SignInResult refused(String message) {
    return refused(message, Duration.ZERO);
  }

  /**
   * Refused, and the answer waits {@code pause} (outside any transaction) to slow down guessing.
   */
  static SignInResult refused(String message, Duration pause) {
    return new SignInResult(Outcome.REFUSED, message, null, null, pause);
  }

  static SignInResult locked(String message, Duration retryAfter) {
    return new SignInResult(Outcome.LOCKED, message, retryAfter, null, Duration.ZERO);
  }

  static SignInResult mfaRequired() {
    return new SignInResult(
        Outcome.MFA_REQUIRED,
        "Enter the 6-digit code from your authenticator app, or one of your recovery codes.",
        null,
        null,
        Duration.ZERO);
  }
}
