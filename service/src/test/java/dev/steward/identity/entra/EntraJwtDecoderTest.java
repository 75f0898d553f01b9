package dev.steward.identity.entra;

import static dev.steward.identity.entra.FakeEntraAuthority.CLIENT_ID;
import static dev.steward.identity.entra.FakeEntraAuthority.TENANT_A;
import static dev.steward.identity.entra.FakeEntraAuthority.TENANT_B;
import static dev.steward.identity.entra.FakeEntraAuthority.USER_OID;
import static dev.steward.identity.entra.FakeEntraAuthority.newKey;
import static dev.steward.identity.entra.FakeEntraAuthority.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;

class EntraJwtDecoderTest {

  @RegisterExtension
  static WireMockExtension wireMock = WireMockExtension.newInstance()
      .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig().dynamicPort())
      .build();

  private static final RSAKey KEY_1 = newKey("key-1");
  private static final RSAKey KEY_2 = newKey("key-2");

  private FakeEntraAuthority authority;
  private EntraJwtDecoder decoder;

  @BeforeEach
  void publishTheTenantsKeys() {
    authority = new FakeEntraAuthority(wireMock);
    authority.publishKeys(TENANT_A, KEY_1);
    authority.publishKeys(TENANT_B, KEY_1);
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A));
  }

  @Test
  void decodesAValidTokenAndReadsTheIdentity() {
    var jwt = decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));

    var identity = EntraIdentity.from(jwt);
    assertThat(identity.tenantId()).isEqualTo(UUID.fromString(TENANT_A));
    assertThat(identity.objectId()).isEqualTo(UUID.fromString(USER_OID));
    assertThat(identity.name()).isEqualTo("Ada Lovelace");
    assertThat(identity.preferredUsername()).isEqualTo("ada@contoso.example");
    assertThat(identity.roles()).containsExactly("Steward.Admin");
    assertThat(identity.scopes()).containsExactly("access_as_user");
  }

  @Test
  void acceptsTheApplicationIdUriAsAudience() {
    var claims = authority.validClaims(TENANT_A).audience("api://" + CLIENT_ID).build();

    assertThat(decoder.decode(sign(claims, KEY_1)).getAudience()).containsExactly("api://" + CLIENT_ID);
  }

  @Test
  void rejectsAnExpiredToken() {
    var claims = expiredSecondsAgo(600);

    assertRefused(sign(claims, KEY_1), "expired");
  }

  @Test
  void rejectsATokenThatIsNotYetValid() {
    var claims = authority.validClaims(TENANT_A).notBeforeTime(secondsFromNow(600)).build();

    assertRefused(sign(claims, KEY_1), "not yet valid");
  }

  @Test
  void rejectsATokenForAnotherAudience() {
    var claims = authority.validClaims(TENANT_A).audience("00000003-0000-0000-c000-000000000000").build();

    assertRefused(sign(claims, KEY_1), "wrong audience");
  }

  @Test
  void rejectsAnIssuerThatDoesNotMatchTheTokensTenant() {
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A, TENANT_B));
    var claims = authority.validClaims(TENANT_B).issuer(authority.issuer(TENANT_A)).build();

    assertRefused(sign(claims, KEY_1), "issuer does not match tid");
  }

  @Test
  void rejectsATenantThatIsNotAllowedWithoutAskingTheAuthority() {
    var claims = authority.validClaims(TENANT_B).build();

    assertRefused(sign(claims, KEY_1), "tenant " + TENANT_B + " is not allowed to sign in to Steward");
    assertThat(authority.requestsAbout(TENANT_B)).isZero();
  }

  @Test
  void rejectsATokenWhosePayloadWasChangedAfterSigning() {
    String token = sign(authority.validClaims(TENANT_A).build(), KEY_1);
    var forgedClaims = authority.validClaims(TENANT_A).claim("roles", List.of("Steward.Owner")).build();
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + Base64URL.encode(forgedClaims.toString()) + "." + parts[2];

    assertRefused(tampered, "bad signature: the token does not verify with key key-1");
  }

  @Test
  void rejectsAnUnsignedToken() {
    String token = new PlainJWT(authority.validClaims(TENANT_A).build()).serialize();

    assertRefused(token, "unsupported algorithm none");
  }

  @Test
  void rejectsAnHs256TokenSignedWithThePublicKey() throws Exception {
    var header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY_1.getKeyID()).type(JOSEObjectType.JWT).build();
    var jwt = new SignedJWT(header, authority.validClaims(TENANT_A).build());
    jwt.sign(new MACSigner(KEY_1.toRSAPublicKey().getEncoded()));

    assertRefused(jwt.serialize(), "unsupported algorithm HS256");
  }

  @Test
  void rejectsATokenWithoutTheRequiredScope() {
    var claims = authority.validClaims(TENANT_A).claim("scp", "User.Read Mail.Read").build();

    assertRefused(sign(claims, KEY_1), "missing scope access_as_user");
  }

  @Test
  void rejectsATokenWithoutTid() {
    var claims = authority.validClaims(TENANT_A).claim("tid", null).build();

    assertRefused(sign(claims, KEY_1), "missing tid");
  }

  @Test
  void rejectsATokenWithoutOid() {
    var claims = authority.validClaims(TENANT_A).claim("oid", null).build();

    assertRefused(sign(claims, KEY_1), "no oid");
  }

  @Test
  void refreshesTheKeysOnceWhenTheTenantRotatesItsKey() {
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));
    authority.publishKeys(TENANT_A, KEY_1, KEY_2);

    var jwt = decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_2));

    assertThat(jwt.getClaimAsString("oid")).isEqualTo(USER_OID);
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(2);

    assertRefused(sign(authority.validClaims(TENANT_A).build(), newKey("key-3")), "publishes no signing key key-3");
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(2);
  }

  @Test
  void refreshesForUnknownKeysAtMostOnceEveryThirtySeconds() {
    var clock = new MovableClock(Instant.now());
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A), clock);
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));
    authority.publishKeys(TENANT_A, KEY_1, KEY_2);
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_2));

    String unknownKeyToken = sign(authority.validClaims(TENANT_A).build(), newKey("key-3"));
    assertRefused(unknownKeyToken, "bad signature: tenant " + TENANT_A + " publishes no signing key key-3");
    assertRefused(unknownKeyToken, "publishes no signing key key-3");
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(2);

    clock.advance(TenantKeys.REFRESH_INTERVAL);
    assertRefused(unknownKeyToken, "publishes no signing key key-3");
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(3);
  }

  @Test
  void keepsTheKeysForTheCacheTimeThenReadsThemAgain() {
    var clock = new MovableClock(Instant.now());
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A), clock);
    String token = sign(authority.validClaims(TENANT_A).expirationTime(secondsFromNow(3 * 3600)).build(), KEY_1);

    decoder.decode(token);
    clock.advance(Duration.ofMinutes(59));
    decoder.decode(token);
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(1);

    clock.advance(Duration.ofMinutes(2));
    decoder.decode(token);
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(2);
  }

  @Test
  void reportsAnAuthorityThatCannotBeReadAsAServiceFailureAndWaitsBeforeAskingAgain() {
    String unpublishedTenant = "deadbeef-0000-4000-8000-000000000001";
    decoder = new EntraJwtDecoder(authority.settings(unpublishedTenant));
    String token = sign(authority.validClaims(unpublishedTenant).build(), KEY_1);

    assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("HTTP 404");
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> decoder.decode(token))
          .isInstanceOf(JwtException.class)
          .isNotInstanceOf(BadJwtException.class)
          .hasMessageContaining("could not be read a moment ago");
    }
    assertThat(authority.requestsAbout(unpublishedTenant)).isEqualTo(1);
  }

  @Test
  void organizationsAcceptsAnyWorkOrSchoolTenant() {
    decoder = new EntraJwtDecoder(authority.settings(EntraSettings.ANY_ORGANIZATION));

    assertThat(decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1)).getClaimAsString("tid"))
        .isEqualTo(TENANT_A);
    assertThat(decoder.decode(sign(authority.validClaims(TENANT_B).build(), KEY_1)).getClaimAsString("tid"))
        .isEqualTo(TENANT_B);
    var personalAccount = authority.validClaims(EntraSettings.CONSUMER_TENANT).build();
    assertRefused(sign(personalAccount, KEY_1), "is not allowed to sign in to Steward");
  }

  @Test
  void aListOfTenantsAcceptsOnlyThoseTenants() {
    String tenantC = "c0ffee00-1234-4567-89ab-cdef01234567";
    authority.publishKeys(tenantC, KEY_1);
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A, TENANT_B));

    assertThat(decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1))).isNotNull();
    assertThat(decoder.decode(sign(authority.validClaims(TENANT_B).build(), KEY_1))).isNotNull();
    assertRefused(sign(authority.validClaims(tenantC).build(), KEY_1), "tenant " + tenantC + " is not allowed");
  }

  @Test
  void acceptsATokenExpiredWithinTheClockSkew() {
    var claims = expiredSecondsAgo(30);

    assertThat(decoder.decode(sign(claims, KEY_1)).getExpiresAt()).isBefore(Instant.now());
  }

  @Test
  void rejectsATokenExpiredBeyondTheClockSkew() {
    var claims = expiredSecondsAgo(300);

    assertRefused(sign(claims, KEY_1), "expired");
  }

  @Test
  void rejectsATokenThatExpiresBeforeItWasIssued() {
    var claims = authority.validClaims(TENANT_A).issueTime(secondsFromNow(60)).expirationTime(secondsFromNow(30));

    assertRefused(sign(claims.build(), KEY_1), "expiresAt must be after issuedAt");
  }

  private JWTClaimsSet expiredSecondsAgo(long seconds) {
    return authority.validClaims(TENANT_A)
        .issueTime(secondsFromNow(-seconds - 3600))
        .notBeforeTime(secondsFromNow(-seconds - 3600))
        .expirationTime(secondsFromNow(-seconds))
        .build();
  }

  private void assertRefused(String token, String reason) {
    assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(BadJwtException.class).hasMessageContaining(reason);
  }

  private static Date secondsFromNow(long seconds) {
    return Date.from(Instant.now().plusSeconds(seconds));
  }
}
