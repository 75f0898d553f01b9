package dev.steward.identity.entra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Decodes Microsoft Entra ID v2 access tokens issued to Steward's API by any allowed tenant.
 *
 * <p>The unverified {@code tid} claim picks the tenant; a tenant that is not allowed is refused
 * before any key is fetched. The signature must be RS256 and verify with a key from that tenant's
 * own key set (found through its OpenID metadata and cached, see {@link TenantKeys}). The signed
 * claims must then have {@code iss} equal to the tenant's v2 issuer, an accepted {@code aud}, a
 * current {@code exp}/{@code nbf} within the clock skew, the required scope in {@code scp} and an
 * {@code oid}.
 *
 * <p>At most {@link #MAX_TENANTS} tenants' keys are kept: under {@code organizations} any tenant id
 * is allowed, and tokens naming made-up tenants must not grow memory without limit. Caffeine
 * chooses what to drop by how often each tenant was used, so a flood of tenants seen once does not
 * push out the firms that sign in every day. A dropped tenant that comes back reads its metadata
 * and keys again.
 *
 * <p>A refused token raises a {@link JwtValidationException} whose message names the rule that
 * failed, with the values involved, and whose errors carry the {@link TokenRefusal} reason. Those
 * details are for the log: they name issuers, audiences, tenants and key ids, and are never shown
 * to the caller. A plain {@link JwtException} means the keys could not be read from the authority.
 */
public final class EntraJwtDecoder implements JwtDecoder {

  /** How many tenants' key sets and decoders are kept at most. */
  static final int MAX_TENANTS = 1_000;

  private final EntraSettings settings;
  private final EntraAuthority authority;
  private final Clock clock;
  private final Cache<String, Tenant> tenants;

  /** A decoder for these settings; they must have Entra enabled. */
  public EntraJwtDecoder(EntraSettings settings) {
    this(settings, Clock.systemUTC(), MAX_TENANTS);
  }

  EntraJwtDecoder(EntraSettings settings, Clock clock) {
    this(settings, clock, MAX_TENANTS);
  }

  EntraJwtDecoder(EntraSettings settings, Clock clock, int maxTenants) {
    if (!settings.enabled()) {
      throw new IllegalArgumentException(
          "Entra sign-in is off: STEWARD_ENTRA_CLIENT_ID is not set");
    }
    this.settings = settings;
    this.authority = new EntraAuthority(settings.authorityHost());
    this.clock = clock;
    this.tenants = Caffeine.newBuilder().maximumSize(maxTenants).build();
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    JWT unverified = parse(token);
    String tenantId = tenantOf(unverified);
    if (!settings.allowsTenant(tenantId)) {
      throw TokenRefusal.TENANT_NOT_ALLOWED.exception(
          "tenant not allowed: tenant " + tenantId + " is not allowed to sign in to Steward", null);
    }
    requireRs256(unverified);
    Tenant tenant = tenants.get(tenantId.toLowerCase(Locale.ROOT), this::tenant);
    try {
      return tenant.decoder().decode(token);
    } catch (JwtValidationException e) {
      throw e;
    } catch (BadJwtException e) {
      throw signatureProblem(e, tenantId, ((SignedJWT) unverified).getHeader().getKeyID());
    }
  }

  /** How many tenants' keys are kept now (for tests). */
  long keptTenants() {
    tenants.cleanUp();
    return tenants.estimatedSize();
  }

  /** The keys kept for this tenant, if any (for tests). */
  TenantKeys keysOf(String tenantId) {
    Tenant tenant = tenants.getIfPresent(tenantId.toLowerCase(Locale.ROOT));
    return tenant == null ? null : tenant.keys();
  }

  private Tenant tenant(String tenantId) {
    var keys = new TenantKeys(authority, tenantId, settings.jwksCacheTtl(), clock);
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
    decoder.setJwtValidator(
        EntraTokenRules.forTenant(settings, authority.issuerOf(tenantId), clock));
    return new Tenant(keys, decoder);
  }

  private static JWT parse(String token) {
    try {
      return JWTParser.parse(token);
    } catch (ParseException e) {
      throw TokenRefusal.MALFORMED.exception("malformed token: " + e.getMessage(), e);
    }
  }

  private static String tenantOf(JWT unverified) {
    Object tid;
    try {
      tid = unverified.getJWTClaimsSet().getClaim("tid");
    } catch (ParseException e) {
      throw TokenRefusal.MALFORMED.exception(
          "malformed token: its claims cannot be read (" + e.getMessage() + ")", e);
    }
    if (tid == null) {
      throw TokenRefusal.MALFORMED.exception("missing tid: the token names no tenant", null);
    }
    if (!(tid instanceof String tenantId) || !EntraSettings.isGuid(tenantId)) {
      throw TokenRefusal.MALFORMED.exception("malformed tid: " + tid + " is not a tenant id", null);
    }
    return tenantId;
  }

  private static void requireRs256(JWT unverified) {
    var algorithm = unverified.getHeader().getAlgorithm();
    if (!(unverified instanceof SignedJWT) || !JWSAlgorithm.RS256.equals(algorithm)) {
      throw TokenRefusal.BAD_SIGNATURE.exception(
          "unsupported algorithm " + algorithm + ": Entra tokens are signed with RS256", null);
    }
  }

  private static BadJwtException signatureProblem(
      BadJwtException e, String tenantId, String keyId) {
    if (e.getCause() instanceof BadJWSException) {
      return TokenRefusal.BAD_SIGNATURE.exception(
          "bad signature: the token does not verify with key " + keyId + " of tenant " + tenantId,
          e);
    }
    // Nimbus says "no matching key(s)" when no key of the set has the token's kid, even after a
    // refresh.
    if (e.getCause() instanceof BadJOSEException cause
        && String.valueOf(cause.getMessage()).contains("no matching key")) {
      return TokenRefusal.UNKNOWN_KEY.exception(
          "unknown key: tenant " + tenantId + " publishes no signing key " + keyId, e);
    }
    return e;
  }

  /** One tenant's keys and the decoder that checks tokens with them. */
  private record Tenant(TenantKeys keys, JwtDecoder decoder) {}
}
