package dev.steward.identity;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.steward.identity.credentials.SecretCipher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Steward's own access tokens for local sign-in: HS256 JWTs that live 15 minutes, signed with a key
 * derived from the installation's encryption key. Microsoft tokens are validated elsewhere, by
 * their own issuer.
 */
@Component
class LocalTokens {

  static final String TENANT_CLAIM = "steward_tid";

  /** The sign-in (refresh family) a token belongs to; an ended sign-in's tokens are refused. */
  static final String SESSION_CLAIM = "sid";

  private final IdentitySettings settings;
  private final NimbusJwtEncoder encoder;
  private final NimbusJwtDecoder decoder;
  private final Clock clock = Clock.systemUTC();

  LocalTokens(IdentitySettings settings, SecretCipher cipher) {
    this.settings = settings;
    SecretKey key = new SecretKeySpec(cipher.deriveKey("local-access-token-signing"), "HmacSHA256");
    this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
    this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
    this.decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            new JwtTimestampValidator(Duration.ofSeconds(30)),
            new JwtIssuerValidator(settings.issuer())));
  }

  String issuer() {
    return settings.issuer();
  }

  IssuedToken issue(UUID userId, UUID tenantId, UUID sessionId) {
    Instant now = clock.instant();
    Instant expires = now.plus(settings.accessTokenTtl());
    var claims =
        JwtClaimsSet.builder()
            .issuer(settings.issuer())
            .subject(userId.toString())
            .issuedAt(now)
            .notBefore(now)
            .expiresAt(expires)
            .id(UUID.randomUUID().toString())
            .claim(TENANT_CLAIM, tenantId.toString())
            .claim(SESSION_CLAIM, sessionId.toString())
            .build();
    var header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
    String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    return new IssuedToken(token, expires);
  }

  JwtDecoder decoder() {
    return decoder;
  }

  /** The sign-in a valid, unexpired Steward access token belongs to; empty for anything else. */
  Optional<TokenSession> sessionOf(String token) {
    try {
      Jwt jwt = decoder.decode(token);
      return Optional.of(
          new TokenSession(
              UUID.fromString(jwt.getSubject()),
              UUID.fromString(jwt.getClaimAsString(TENANT_CLAIM)),
              UUID.fromString(jwt.getClaimAsString(SESSION_CLAIM))));
    } catch (JwtException | IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  record IssuedToken(String value, Instant expiresAt) {}

  /** Who a token was issued to, in which firm, for which sign-in. */
  record TokenSession(UUID userId, UUID tenantId, UUID sessionId) {}
}
