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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One tenant's signing keys: found through its OpenID metadata, kept for the cache TTL, and read
 * again when a token names a key id ({@code kid}) that is not in the set, because Microsoft rotates
 * its keys.
 *
 * <p>Anyone can send a token with a made-up key id, so two limits keep such tokens from turning
 * into requests to the authority, while a real rotation is picked up within seconds:
 *
 * <ul>
 *   <li>The same unknown key id causes a refresh at most once per {@link #SAME_KEY_ID_INTERVAL}. A
 *       client that keeps sending one bad token costs one request per interval. This limit is per
 *       key id, not per tenant: with one per-tenant limit, a single made-up key id closed the gate
 *       for every key id, and a token signed with a newly rotated key was refused for up to the
 *       whole interval.
 *   <li>Refreshes for unknown key ids are at least {@link #REFRESH_FLOOR} apart, whatever the key
 *       id. Without it, many distinct made-up key ids would each cause a request. With it, a flood
 *       costs at most one request per floor per tenant, and a newly rotated key waits at most the
 *       floor: any refresh meanwhile, even one caused by a made-up key id, reads the whole set and
 *       so brings the new key along.
 * </ul>
 *
 * <p>The unknown key ids remembered are bounded ({@link #MAX_TRACKED_KEY_IDS}, the least recently
 * seen forgotten first), and a key id longer than {@link #MAX_KEY_ID_LENGTH} (Microsoft's are about
 * 30 characters) never causes a refresh. Junk therefore cannot grow memory; a forgotten key id may
 * cause one more refresh, still under the floor. After the authority could not be read, it is asked
 * again only after {@link #RETRY_AFTER_FAILURE}, and the keys already held are used meanwhile.
 */
final class TenantKeys implements JWKSource<SecurityContext> {

  static final Duration SAME_KEY_ID_INTERVAL = Duration.ofSeconds(30);
  static final Duration REFRESH_FLOOR = Duration.ofSeconds(5);
  static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(30);
  static final int MAX_TRACKED_KEY_IDS = 100;
  static final int MAX_KEY_ID_LENGTH = 128;

  private final EntraAuthority authority;
  private final String tenantId;
  private final Duration ttl;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();

  /** Unknown key ids and when each last caused a refresh, in the order they were last seen. */
  private final Map<String, Instant> unknownKeyIds =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
          return size() > MAX_TRACKED_KEY_IDS;
        }
      };

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
      if (matches.isEmpty()) {
        String keyId = keyIdOf(selector);
        if (mayRefreshFor(keyId, now)) {
          load(now, false);
          matches = selector.select(keys);
          if (!matches.isEmpty()) {
            unknownKeyIds.remove(keyId);
          }
        }
      }
      return matches;
    } finally {
      lock.unlock();
    }
  }

  /** How many unknown key ids are remembered now (for tests). */
  int trackedUnknownKeyIds() {
    lock.lock();
    try {
      return unknownKeyIds.size();
    } finally {
      lock.unlock();
    }
  }

  private boolean mayRefreshFor(String keyId, Instant now) {
    if (keyId.length() > MAX_KEY_ID_LENGTH) {
      return false;
    }
    if (lastRefreshForUnknownKey != null
        && now.isBefore(lastRefreshForUnknownKey.plus(REFRESH_FLOOR))) {
      // Not remembered: once the floor has passed, this key id may still cause a refresh of its
      // own.
      return false;
    }
    Instant last = unknownKeyIds.get(keyId);
    if (last != null && now.isBefore(last.plus(SAME_KEY_ID_INTERVAL))) {
      return false;
    }
    unknownKeyIds.put(keyId, now);
    lastRefreshForUnknownKey = now;
    return true;
  }

  private static String keyIdOf(JWKSelector selector) {
    Set<String> keyIds = selector.getMatcher().getKeyIDs();
    if (keyIds == null || keyIds.isEmpty()) {
      return "";
    }
    return keyIds.size() == 1 ? String.valueOf(keyIds.iterator().next()) : String.join(" ", keyIds);
  }

  private void load(Instant now, boolean withMetadata) throws KeySourceException {
    if (lastFailure != null && now.isBefore(lastFailure.plus(RETRY_AFTER_FAILURE))) {
      if (keys != null) {
        return;
      }
      throw new KeySourceException(
          "the signing keys of tenant "
              + tenantId
              + " could not be read a moment ago; the next attempt waits "
              + RETRY_AFTER_FAILURE.toSeconds()
              + " s");
    }
    try {
      if (withMetadata || jwksUri == null) {
        jwksUri = authority.jwksUri(tenantId);
      }
      keys = authority.keys(jwksUri);
      loadedAt = now;
    } catch (KeySourceException e) {
      lastFailure = now;
      // Stale keys are better than none while the authority is unreachable; they are retried after
      // the interval.
      if (keys == null) {
        throw e;
      }
    }
  }
}
