package dev.steward.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.steward.tenancy.CurrentTenant;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The sign-ins ended while their access tokens may still be alive: every refresh family revoked
 * within one access token lifetime (plus the clock skew). The set lives in the database, so every
 * instance sees it; each instance reads its firm's set at most once per {@link
 * IdentitySettings#revokedSessionsCacheFor()}, and at once after it revoked one itself, so an ended
 * sign-in's access token is refused within seconds everywhere.
 */
@Component
class RevokedSessions {

  private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  private final JdbcClient jdbc;
  private final Duration lookBack;
  private final Cache<UUID, Set<UUID>> byTenant;
  private final Clock clock = Clock.systemUTC();

  RevokedSessions(JdbcClient jdbc, IdentitySettings settings) {
    this.jdbc = jdbc;
    this.lookBack = settings.accessTokenTtl().plus(CLOCK_SKEW);
    this.byTenant =
        Caffeine.newBuilder()
            .expireAfterWrite(settings.revokedSessionsCacheFor())
            .maximumSize(10_000)
            .build();
  }

  /**
   * Whether the sign-in {@code sessionId} has ended. Runs in a transaction of the current tenant.
   */
  boolean isRevoked(UUID sessionId) {
    return byTenant.get(CurrentTenant.require(), tenant -> read(tenant)).contains(sessionId);
  }

  /**
   * Whether this instance's current copy of the firm's ended sign-ins shows {@code sessionId} still
   * live; false when it holds no copy, so that the caller asks {@link #isRevoked} in a transaction.
   */
  boolean knownLive(UUID tenantId, UUID sessionId) {
    Set<UUID> revoked = byTenant.getIfPresent(tenantId);
    return revoked != null && !revoked.contains(sessionId);
  }

  /**
   * Called where sessions of the current tenant are revoked: this instance reads the set again once
   * that commits.
   */
  void changed() {
    UUID tenant = CurrentTenant.require();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              byTenant.invalidate(tenant);
            }
          });
    } else {
      byTenant.invalidate(tenant);
    }
  }

  private Set<UUID> read(UUID tenant) {
    return new HashSet<>(
        jdbc.sql(
                """
            select distinct family_id from refresh_tokens
            where tenant_id = ? and revoked_at is not null and revoked_at > ?""")
            .params(tenant, Timestamp.from(clock.instant().minus(lookBack)))
            .query(UUID.class)
            .list());
  }
}
