package dev.steward.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A user's TOTP second factor: the encrypted secret, whether it is on, and the last time step
 * accepted (a code is good once).
 */
@Embeddable
class TotpFactor {

  @Column(name = "mfa_secret")
  private byte[] secret;

  @Column(name = "mfa_enabled")
  private boolean enabled;

  @Column(name = "mfa_last_step")
  private long lastStep;

  /** A new secret, not yet confirmed by a first code. */
  void startSetup(byte[] encryptedSecret) {
    secret = encryptedSecret;
    enabled = false;
  }

  void enable(long step) {
    enabled = true;
    lastStep = step;
  }

  void disable() {
    enabled = false;
    secret = null;
    lastStep = 0;
  }

  void useStep(long step) {
    lastStep = step;
  }

  byte[] secret() {
    return secret;
  }

  boolean enabled() {
    return enabled;
  }

  long lastStep() {
    return lastStep;
  }
}
