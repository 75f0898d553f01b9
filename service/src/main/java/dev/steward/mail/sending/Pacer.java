package dev.steward.mail.sending;

import java.util.concurrent.TimeUnit;

/** Spaces mails out to a rate per minute (0: no limit), across all of a send's connections. */
final class Pacer {

  private final long intervalNanos;
  private long next = System.nanoTime();

  Pacer(int perMinute) {
    this.intervalNanos = perMinute <= 0 ? 0 : TimeUnit.MINUTES.toNanos(1) / perMinute;
  }

  synchronized void await() {
    if (intervalNanos == 0) {
      return;
    }
    long wait = next - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    next = Math.max(next, System.nanoTime() - intervalNanos) + intervalNanos;
  }
}
