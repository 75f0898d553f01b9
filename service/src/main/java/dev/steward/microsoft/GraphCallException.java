package dev.steward.microsoft;

/**
 * Microsoft Graph refused or failed a call, after the retries it allows. Carries Graph's status and error code, and a
 * sentence a person can act on; answered with 502.
 */
public class GraphCallException extends RuntimeException {

  private final int status;
  private final String code;

  public GraphCallException(String message, int status, String code, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.code = code;
  }

  /** The HTTP status Graph answered with, or 0 when no answer came (a network failure). */
  public int status() {
    return status;
  }

  /** Graph's error code (for example {@code itemNotFound}, {@code accessDenied}), or null. */
  public String code() {
    return code;
  }
}
