package dev.steward.microsoft;

/**
 * Steward cannot call Microsoft for this: Graph is not configured (no application id or secret), or
 * the caller has no Microsoft identity to act with. {@link #reason()} tells which, so that each is
 * answered as what it is (503 for a service that is not connected, 409 for a sign-in that cannot
 * act in Microsoft 365), with words that say what would make it work.
 */
public class MicrosoftUnavailableException extends RuntimeException {

  /** Why Steward cannot call Microsoft. */
  public enum Reason {
    /**
     * Microsoft Graph is not configured for this Steward (no application id, secret or
     * certificate).
     */
    NOT_CONNECTED("microsoft-not-connected"),
    /**
     * The user signed in with a Steward password, so there is no Microsoft token to act on their
     * behalf with.
     */
    NEEDS_MICROSOFT_SIGN_IN("microsoft-sign-in-required"),
    /** Anything else that stops the call before it starts (no tenant to act in, for example). */
    OTHER("microsoft-unavailable");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** The stable code problem details carry. */
    public String code() {
      return code;
    }
  }

  private final Reason reason;

  public MicrosoftUnavailableException(String message) {
    this(Reason.OTHER, message);
  }

  public MicrosoftUnavailableException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
