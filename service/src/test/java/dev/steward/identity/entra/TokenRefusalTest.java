package dev.steward.identity.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * The reasons read from tokens that Spring's standard validators and Nimbus refuse, as Steward's
 * own HS256 tokens are checked; Entra's reasons are checked with its decoder in {@link
 * EntraJwtDecoderTest}.
 */
class TokenRefusalTest {

  private static final byte[] SECRET = "a-test-secret-of-at-least-32-bytes!".getBytes();

  private final NimbusJwtDecoder decoder = decoderFor(SECRET);

  @Test
  void readsTheReasonsOfSpringsStandardValidators() {
    assertThat(reasonFor(claims().expirationTime(at(-600)).build()))
        .isEqualTo(TokenRefusal.EXPIRED);
    assertThat(reasonFor(claims().notBeforeTime(at(600)).build()))
        .isEqualTo(TokenRefusal.NOT_YET_VALID);
    assertThat(reasonFor(claims().issuer("someone-else").build()))
        .isEqualTo(TokenRefusal.WRONG_ISSUER);
    assertThat(reasonFor(claims().audience("someone-else").build()))
        .isEqualTo(TokenRefusal.WRONG_AUDIENCE);
  }

  @Test
  void readsTheReasonsOfNimbus() throws Exception {
    var forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
    forged.sign(new MACSigner("another-secret-of-at-least-32-bytes".getBytes()));
    assertThat(reasonOf(forged.serialize())).isEqualTo(TokenRefusal.BAD_SIGNATURE);

    assertThat(reasonOf("not-a-token")).isEqualTo(TokenRefusal.MALFORMED);
    assertThat(reasonOf("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln")).isEqualTo(TokenRefusal.MALFORMED);
  }

  @Test
  void readsTheReasonThroughTheExceptionsSpringWrapsItIn() {
    Throwable refused =
        catchThrowable(() -> decoder.decode(sign(claims().expirationTime(at(-600)).build())));

    assertThat(TokenRefusal.of(new InvalidBearerTokenException(refused.getMessage(), refused)))
        .isEqualTo(TokenRefusal.EXPIRED);
    assertThat(TokenRefusal.of(new InvalidBearerTokenException("Invalid issuer")))
        .isEqualTo(TokenRefusal.WRONG_ISSUER);
    assertThat(TokenRefusal.of(new InvalidBearerTokenException("Bearer token is malformed")))
        .isEqualTo(TokenRefusal.MALFORMED);
    assertThat(TokenRefusal.of(new AuthenticationServiceException("the authority is down")))
        .isEqualTo(TokenRefusal.OTHER);
  }

  private TokenRefusal reasonFor(JWTClaimsSet claims) {
    return reasonOf(sign(claims));
  }

  private TokenRefusal reasonOf(String token) {
    Throwable refused = catchThrowable(() -> decoder.decode(token));
    assertThat(refused).isNotNull();
    return TokenRefusal.of(refused);
  }

  private static NimbusJwtDecoder decoderFor(byte[] secret) {
    var decoder =
        NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
            .macAlgorithm(MacAlgorithm.HS256)
            .build();
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            new JwtTimestampValidator(Duration.ofSeconds(30)),
            new JwtIssuerValidator("steward"),
            new JwtAudienceValidator("steward-api")));
    return decoder;
  }

  private static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer("steward")
        .audience("steward-api")
        .subject("someone")
        .issueTime(at(-1200))
        .notBeforeTime(at(-1200))
        .expirationTime(at(600));
  }

  private static String sign(JWTClaimsSet claims) {
    var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(SECRET));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static Date at(long secondsFromNow) {
    return Date.from(Instant.now().plusSeconds(secondsFromNow));
  }
}
