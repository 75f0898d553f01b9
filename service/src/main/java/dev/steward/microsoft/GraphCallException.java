package dev.steward.microsoft;

/**
 * Microsoft Graph refused or failed a call, after the retries it allows. Carries Graph's status and
 * error code, and a sentence a person can act on; answered with 502.
 */
public class GraphCallException extends RuntimeException {

  private final int status;
  private final String code;
  private final java.time.Duration retryAfter;

  public GraphCallException(String message, int status, String code, Throwable cause) {
    this(message, status, code, null, cause);
  }

  public GraphCallException(
      String message, int status, String code, java.time.Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }

  /** How long Graph asked to wait (its Retry-After), or null when it did not say. */
  public java.time.Duration retryAfter() {
    return retryAfter;
  }

  /**
   * Whether trying again later may succeed: throttled (429), unavailable (503, 504), or no answer
   * at all.
   */
  public boolean temporary() {
    return status == 0 || status == 429 || status == 503 || status == 504;
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
