package dev.steward.mail.sending;

import java.time.Duration;

/**
 * The transport did not hand the mail over. A temporary failure (SMTP 4xx, no connection, Graph 429
 * or 503) is tried again later; any other fails the member.
 */
class TransportFailure extends RuntimeException {

  private final boolean temporary;
  private final Duration retryAfter;

  TransportFailure(String message, boolean temporary, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.temporary = temporary;
    this.retryAfter = retryAfter;
  }

  boolean temporary() {
    return temporary;
  }

  /** How long the other side asked to wait, or null. */
  Duration retryAfter() {
    return retryAfter;
  }
}
