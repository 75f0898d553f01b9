package dev.steward.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/** A user's failed sign-ins in a row, the lock they led to, and the last sign-in. */
@Embeddable
class SignInRecord {

  @Column(name = "failed_sign_ins")
  private int failedSignIns;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_sign_in_at")
  private Instant lastSignInAt;

  boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a failed sign-in; from {@code lockAfter} failures on, locks the account for {@code
   * lockFor}.
   */
  boolean recordFailure(Instant now, int lockAfter, Duration lockFor) {
    failedSignIns++;
    if (failedSignIns >= lockAfter) {
      lockedUntil = now.plus(lockFor);
      failedSignIns = 0;
      return true;
    }
    return false;
  }

  void recordSignIn(Instant now) {
    failedSignIns = 0;
    lockedUntil = null;
    lastSignInAt = now;
  }

  int failuresInARow() {
    return failedSignIns;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  Instant lastSignInAt() {
    return lastSignInAt;
  }
}
