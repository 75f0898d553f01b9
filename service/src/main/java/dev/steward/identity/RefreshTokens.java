package dev.steward.identity;

import dev.steward.tenancy.CurrentTenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refresh tokens: {@code <tenant id>.<random>}, stored only as a SHA-256 hash, valid 7 days, and
 * single use. Using one issues its successor in the same family; presenting a used one again means
 * it was stolen, so its whole family is revoked. A family is one sign-in: its id is the session id
 * in the access tokens issued with it, so revoking a family also ends those (see {@link
 * RevokedSessions}).
 */
@Component
class RefreshTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final IdentitySettings settings;
  private final RevokedSessions revokedSessions;
  private final Clock clock = Clock.systemUTC();

  RefreshTokens(JdbcClient jdbc, IdentitySettings settings, RevokedSessions revokedSessions) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.revokedSessions = revokedSessions;
  }

  /**
   * The tenant a presented token claims to belong to, read before any lookup so that the lookup
   * runs in it.
   */
  static Optional<UUID> tenantOf(String token) {
    if (token == null) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(token.substring(0, dot)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Starts a new family for a fresh sign-in. Must run in a transaction of the user's tenant. The
   * family's id is the sign-in's session id, which its access tokens carry.
   */
  Issued issueNewFamily(UUID userId) {
    UUID familyId = UUID.randomUUID();
    return new Issued(issue(userId, familyId), familyId);
  }

  /**
   * Swaps a valid token for its successor; tells when the token was already used (reuse) or is not
   * valid.
   */
  Rotation rotate(String token) {
    record Row(
        UUID id,
        UUID userId,
        UUID familyId,
        Instant expiresAt,
        Instant usedAt,
        Instant revokedAt) {}
    var row =
        jdbc.sql(
                """
            select id, user_id, family_id, expires_at, used_at, revoked_at from refresh_tokens
            where tenant_id = ? and token_hash = ? for update""")
            .params(CurrentTenant.require(), hash(token))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant(),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6))))
            .optional();
    if (row.isEmpty()) {
      return Rotation.invalid();
    }
    var found = row.get();
    Instant now = clock.instant();
    if (found.usedAt() != null || found.revokedAt() != null) {
      if (found.usedAt() != null) {
        revokeFamily(found.familyId());
        return new Rotation(Rotation.Outcome.REUSED, found.userId(), found.familyId(), null);
      }
      return Rotation.invalid();
    }
    if (!found.expiresAt().isAfter(now)) {
      return Rotation.invalid();
    }
    jdbc.sql("update refresh_tokens set used_at = ? where id = ?")
        .params(Timestamp.from(now), found.id())
        .update();
    String next = issue(found.userId(), found.familyId());
    return new Rotation(Rotation.Outcome.ROTATED, found.userId(), found.familyId(), next);
  }

  /** Ends the sign-in that {@code token} belongs to; tells whose it was. */
  Optional<UUID> revokeFamilyOf(String token) {
    record Family(UUID id, UUID userId) {}
    var family =
        jdbc.sql(
                "select family_id, user_id from refresh_tokens where tenant_id = ? and token_hash = ?")
            .params(CurrentTenant.require(), hash(token))
            .query((rs, n) -> new Family(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
            .optional();
    family.ifPresent(found -> revokeFamily(found.id()));
    return family.map(Family::userId);
  }

  /** Ends every sign-in of a user: after a password change, a deactivation or a role change. */
  void revokeAllOf(UUID userId) {
    jdbc.sql(
            "update refresh_tokens set revoked_at = now() where tenant_id = ? and user_id = ? and revoked_at is null")
        .params(CurrentTenant.require(), userId)
        .update();
    revokedSessions.changed();
  }

  /** Ends one sign-in: its refresh tokens stop working, and its access tokens within seconds. */
  void revokeFamily(UUID familyId) {
    jdbc.sql(
            "update refresh_tokens set revoked_at = now() where tenant_id = ? and family_id = ? and revoked_at is null")
        .params(CurrentTenant.require(), familyId)
        .update();
    revokedSessions.changed();
  }

  private String issue(UUID userId, UUID familyId) {
    UUID tenant = CurrentTenant.require();
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = tenant + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    jdbc.sql(
            """
            insert into refresh_tokens (id, tenant_id, user_id, family_id, token_hash, issued_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            UUID.randomUUID(),
            tenant,
            userId,
            familyId,
            hash(token),
            Timestamp.from(now),
            Timestamp.from(now.plus(settings.refreshTokenTtl())))
        .update();
    return token;
  }

  private static String hash(String token) {
    try {
      var digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** A new refresh token and the sign-in (family) it belongs to. */
  record Issued(String token, UUID familyId) {}

  record Rotation(Outcome outcome, UUID userId, UUID familyId, String nextToken) {

    enum Outcome {
      ROTATED,
      REUSED,
      INVALID
    }

    static Rotation invalid() {
      return new Rotation(Outcome.INVALID, null, null, null);
    }
  }
}
