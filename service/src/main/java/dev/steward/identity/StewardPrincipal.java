package dev.steward.identity;

import java.util.UUID;

/**
 * The signed-in user of a request, as both local and Microsoft sign-ins resolve it.
 *
 * @param mustChangePassword a local user on a one-time password, who may do nothing but change it
 * @param mfaSetupRequired a local user of a firm that requires MFA, who has not set it up yet
 */
public record StewardPrincipal(
    UUID userId,
    UUID tenantId,
    String email,
    String fullName,
    Role role,
    SignInMethod method,
    boolean mustChangePassword,
    boolean mfaSetupRequired) {

  /**
   * Until a local user sets a password of their own, or sets up MFA where the firm requires it,
   * little is open.
   */
  public boolean restricted() {
    return mustChangePassword || mfaSetupRequired;
  }

  /** How the user proved who they are. */
  public enum SignInMethod {
    PASSWORD,
    MICROSOFT
  }
}
