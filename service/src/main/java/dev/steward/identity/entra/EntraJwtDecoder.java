package dev.steward.identity.entra;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
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
 * <p>The unverified {@code tid} claim picks the tenant; a tenant that is not allowed is refused before any key is
 * fetched. The signature must be RS256 and verify with a key from that tenant's own key set (found through its
 * OpenID metadata and cached). The signed claims must then have {@code iss} equal to the tenant's v2 issuer, an
 * accepted {@code aud}, a current {@code exp}/{@code nbf} within the clock skew, the required scope in {@code scp}
 * and an {@code oid}.
 *
 * <p>A refused token raises a {@link BadJwtException} (or its subclass {@link JwtValidationException}) whose message
 * names the rule that failed. A plain {@link JwtException} means the keys could not be read from the authority.
 */
public final class EntraJwtDecoder implements JwtDecoder {

  private final EntraSettings settings;
  private final EntraAuthority authority;
  private final Clock clock;
  private final Map<String, JwtDecoder> tenants = new ConcurrentHashMap<>();

  /** A decoder for these settings; they must have Entra enabled. */
  public EntraJwtDecoder(EntraSettings settings) {
    this(settings, Clock.systemUTC());
  }

  EntraJwtDecoder(EntraSettings settings, Clock clock) {
    if (!settings.enabled()) {
      throw new IllegalArgumentException("Entra sign-in is off: STEWARD_ENTRA_CLIENT_ID is not set");
    }
    this.settings = settings;
    this.authority = new EntraAuthority(settings.authorityHost());
    this.clock = clock;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    JWT unverified = parse(token);
    String tenantId = tenantOf(unverified);
    if (!settings.allowsTenant(tenantId)) {
      throw refused("tenant not allowed: tenant " + tenantId + " is not allowed to sign in to Steward");
    }
    requireRs256(unverified);
    JwtDecoder tenantDecoder = tenants.computeIfAbsent(tenantId.toLowerCase(Locale.ROOT), this::decoderFor);
    try {
      return tenantDecoder.decode(token);
    } catch (JwtValidationException e) {
      throw e;
    } catch (BadJwtException e) {
      throw signatureProblem(e, tenantId, ((SignedJWT) unverified).getHeader().getKeyID());
    }
  }

  private JwtDecoder decoderFor(String tenantId) {
    var keys = new TenantKeys(authority, tenantId, settings.jwksCacheTtl(), clock);
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
    decoder.setJwtValidator(EntraTokenRules.forTenant(settings, authority.issuerOf(tenantId), clock));
    return decoder;
  }

  private static JWT parse(String token) {
    try {
      return JWTParser.parse(token);
    } catch (ParseException e) {
      throw new BadJwtException("malformed token: " + e.getMessage(), e);
    }
  }

  private static String tenantOf(JWT unverified) {
    Object tid;
    try {
      tid = unverified.getJWTClaimsSet().getClaim("tid");
    } catch (ParseException e) {
      throw new BadJwtException("malformed token: its claims cannot be read (" + e.getMessage() + ")", e);
    }
    if (tid == null) {
      throw refused("missing tid: the token names no tenant");
    }
    if (!(tid instanceof String tenantId) || !EntraSettings.isGuid(tenantId)) {
      throw refused("malformed tid: " + tid + " is not a tenant id");
    }
    return tenantId;
  }

  private static void requireRs256(JWT unverified) {
    var algorithm = unverified.getHeader().getAlgorithm();
    if (!(unverified instanceof SignedJWT) || !JWSAlgorithm.RS256.equals(algorithm)) {
      throw new BadJwtException("unsupported algorithm " + algorithm + ": Entra tokens are signed with RS256");
    }
  }

  private static BadJwtException signatureProblem(BadJwtException e, String tenantId, String keyId) {
    if (e.getCause() instanceof BadJWSException) {
      return new BadJwtException("bad signature: the token does not verify with key " + keyId + " of tenant "
          + tenantId, e);
    }
    // Nimbus says "no matching key(s)" when no key of the set has the token's kid, even after the one refresh.
    if (e.getCause() instanceof BadJOSEException cause
        && String.valueOf(cause.getMessage()).contains("no matching key")) {
      return new BadJwtException("bad signature: tenant " + tenantId + " publishes no signing key " + keyId, e);
    }
    return e;
  }

  private static JwtValidationException refused(String reason) {
    return new JwtValidationException(reason, List.of(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null)));
  }
}
