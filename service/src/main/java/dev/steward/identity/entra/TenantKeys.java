package dev.steward.identity.entra;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One tenant's signing keys: found through its OpenID metadata, kept for the cache TTL, and read again once when a
 * token names a key that is not in the set (Microsoft rotates keys). Such refreshes, and retries after the authority
 * failed, happen at most once per {@link #REFRESH_INTERVAL}, so that a flood of tokens with made-up key ids cannot
 * turn into a flood of requests to the authority.
 */
final class TenantKeys implements JWKSource<SecurityContext> {

  static final Duration REFRESH_INTERVAL = Duration.ofSeconds(30);

  private final EntraAuthority authority;
  private final String tenantId;
  private final Duration ttl;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();

  private URI jwksUri;
  private JWKSet keys;
  private Instant loadedAt;
  private Instant lastRefreshForUnknownKey;
  private Instant lastFailure;

  TenantKeys(EntraAuthority authority, String tenantId, Duration ttl, Clock clock) {
    this.authority = authority;
    this.tenantId = tenantId;
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
    lock.lock();
    try {
      Instant now = clock.instant();
      if (keys == null || !now.isBefore(loadedAt.plus(ttl))) {
        load(now, true);
      }
      List<JWK> matches = selector.select(keys);
      if (matches.isEmpty() && opened(lastRefreshForUnknownKey, now)) {
        lastRefreshForUnknownKey = now;
        load(now, false);
        matches = selector.select(keys);
      }
      return matches;
    } finally {
      lock.unlock();
    }
  }

  private void load(Instant now, boolean withMetadata) throws KeySourceException {
    if (!opened(lastFailure, now)) {
      if (keys != null) {
        return;
      }
      throw new KeySourceException("the signing keys of tenant " + tenantId
          + " could not be read a moment ago; the next attempt waits " + REFRESH_INTERVAL.toSeconds() + " s");
    }
    try {
      if (withMetadata || jwksUri == null) {
        jwksUri = authority.jwksUri(tenantId);
      }
      keys = authority.keys(jwksUri);
      loadedAt = now;
    } catch (KeySourceException e) {
      lastFailure = now;
      // Stale keys are better than none while the authority is unreachable; they are retried after the interval.
      if (keys == null) {
        throw e;
      }
    }
  }

  private static boolean opened(Instant last, Instant now) {
    return last == null || !now.isBefore(last.plus(REFRESH_INTERVAL));
  }
}
