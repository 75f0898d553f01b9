package dev.steward.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Locks out an address after many failed sign-ins in a row, whichever accounts it tried. Kept in
 * memory: behind several instances each counts its own share, which the per-account lock in the
 * database backs up.
 */
@Component
class IpLockout {

  private final IdentitySettings settings;
  private final Cache<String, AtomicInteger> failures;
  private final Cache<String, Instant> lockedUntil;
  private final Clock clock = Clock.systemUTC();

  IpLockout(IdentitySettings settings) {
    this.settings = settings;
    this.failures =
        Caffeine.newBuilder().expireAfterWrite(settings.ipLockFor()).maximumSize(100_000).build();
    this.lockedUntil =
        Caffeine.newBuilder().expireAfterWrite(settings.ipLockFor()).maximumSize(100_000).build();
  }

  /** How long the address is still locked, or zero. */
  Duration remainingLock(String ip) {
    Instant until = lockedUntil.getIfPresent(ip);
    if (until == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), until);
    return left.isNegative() ? Duration.ZERO : left;
  }

  void recordFailure(String ip) {
    int count = failures.get(ip, key -> new AtomicInteger()).incrementAndGet();
    if (count >= settings.ipLockAfterFailures()) {
      lockedUntil.put(ip, clock.instant().plus(settings.ipLockFor()));
      failures.invalidate(ip);
    }
  }

  void recordSuccess(String ip) {
    failures.invalidate(ip);
  }
}
