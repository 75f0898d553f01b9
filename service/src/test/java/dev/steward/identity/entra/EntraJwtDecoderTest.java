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
import java.time.Clock;
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
  static WireMockExtension wireMock =
      WireMockExtension.newInstance()
          .options(
              com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig()
                  .dynamicPort())
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

    assertThat(decoder.decode(sign(claims, KEY_1)).getAudience())
        .containsExactly("api://" + CLIENT_ID);
  }

  @Test
  void rejectsAnExpiredToken() {
    var claims = expiredSecondsAgo(600);

    assertRefused(sign(claims, KEY_1), "expired", TokenRefusal.EXPIRED);
  }

  @Test
  void rejectsATokenThatIsNotYetValid() {
    var claims = authority.validClaims(TENANT_A).notBeforeTime(secondsFromNow(600)).build();

    assertRefused(sign(claims, KEY_1), "not yet valid", TokenRefusal.NOT_YET_VALID);
  }

  @Test
  void rejectsATokenForAnotherAudience() {
    var claims =
        authority.validClaims(TENANT_A).audience("00000003-0000-0000-c000-000000000000").build();

    assertRefused(sign(claims, KEY_1), "wrong audience", TokenRefusal.WRONG_AUDIENCE);
  }

  @Test
  void rejectsAnIssuerThatDoesNotMatchTheTokensTenant() {
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A, TENANT_B));
    var claims = authority.validClaims(TENANT_B).issuer(authority.issuer(TENANT_A)).build();

    assertRefused(sign(claims, KEY_1), "issuer does not match tid", TokenRefusal.WRONG_ISSUER);
  }

  @Test
  void rejectsATenantThatIsNotAllowedWithoutAskingTheAuthority() {
    var claims = authority.validClaims(TENANT_B).build();

    assertRefused(
        sign(claims, KEY_1),
        "tenant " + TENANT_B + " is not allowed to sign in to Steward",
        TokenRefusal.TENANT_NOT_ALLOWED);
    assertThat(authority.requestsAbout(TENANT_B)).isZero();
  }

  @Test
  void rejectsATokenWhosePayloadWasChangedAfterSigning() {
    String token = sign(authority.validClaims(TENANT_A).build(), KEY_1);
    var forgedClaims =
        authority.validClaims(TENANT_A).claim("roles", List.of("Steward.Owner")).build();
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + Base64URL.encode(forgedClaims.toString()) + "." + parts[2];

    assertRefused(
        tampered,
        "bad signature: the token does not verify with key key-1",
        TokenRefusal.BAD_SIGNATURE);
  }

  @Test
  void rejectsAnUnsignedToken() {
    String token = new PlainJWT(authority.validClaims(TENANT_A).build()).serialize();

    assertRefused(token, "unsupported algorithm none", TokenRefusal.BAD_SIGNATURE);
  }

  @Test
  void rejectsAnHs256TokenSignedWithThePublicKey() throws Exception {
    var header =
        new JWSHeader.Builder(JWSAlgorithm.HS256)
            .keyID(KEY_1.getKeyID())
            .type(JOSEObjectType.JWT)
            .build();
    var jwt = new SignedJWT(header, authority.validClaims(TENANT_A).build());
    jwt.sign(new MACSigner(KEY_1.toRSAPublicKey().getEncoded()));

    assertRefused(jwt.serialize(), "unsupported algorithm HS256", TokenRefusal.BAD_SIGNATURE);
  }

  @Test
  void rejectsATokenWithoutTheRequiredScope() {
    var claims = authority.validClaims(TENANT_A).claim("scp", "User.Read Mail.Read").build();

    assertRefused(sign(claims, KEY_1), "missing scope access_as_user", TokenRefusal.MISSING_SCOPE);
  }

  @Test
  void rejectsATokenWithoutTid() {
    var claims = authority.validClaims(TENANT_A).claim("tid", null).build();

    assertRefused(sign(claims, KEY_1), "missing tid", TokenRefusal.MALFORMED);
  }

  @Test
  void rejectsATokenWithoutOid() {
    var claims = authority.validClaims(TENANT_A).claim("oid", null).build();

    assertRefused(sign(claims, KEY_1), "no oid", TokenRefusal.MALFORMED);
  }

  @Test
  void refreshesTheKeysOnceWhenTheTenantRotatesItsKey() {
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));
    authority.publishKeys(TENANT_A, KEY_1, KEY_2);

    var jwt = decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_2));

    assertThat(jwt.getClaimAsString("oid")).isEqualTo(USER_OID);
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(2);

    assertRefused(
        sign(authority.validClaims(TENANT_A).build(), newKey("key-3")),
        "publishes no signing key key-3",
        TokenRefusal.UNKNOWN_KEY);
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(2);
  }

  @Test
  void theSameUnknownKeyIdIsLookedUpAtMostOnceEveryThirtySeconds() {
    var clock = new MovableClock(Instant.now());
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A), clock);
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));
    String unknownKeyToken = sign(authority.validClaims(TENANT_A).build(), newKey("key-3"));

    assertRefused(
        unknownKeyToken,
        "unknown key: tenant " + TENANT_A + " publishes no signing key key-3",
        TokenRefusal.UNKNOWN_KEY);
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(2);
    for (Duration later = TenantKeys.REFRESH_FLOOR;
        later.compareTo(TenantKeys.SAME_KEY_ID_INTERVAL) < 0;
        later = later.plus(TenantKeys.REFRESH_FLOOR)) {
      clock.advance(TenantKeys.REFRESH_FLOOR);
      assertRefused(unknownKeyToken, "publishes no signing key key-3", TokenRefusal.UNKNOWN_KEY);
    }
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(2);

    clock.advance(TenantKeys.REFRESH_FLOOR);
    assertRefused(unknownKeyToken, "publishes no signing key key-3", TokenRefusal.UNKNOWN_KEY);
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(3);
  }

  @Test
  void aRotatedKeyIsAcceptedRightAfterATokenWithAMadeUpKeyId() {
    var clock = new MovableClock(Instant.now());
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A), clock);
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));
    assertRefused(
        sign(authority.validClaims(TENANT_A).build(), newKey("made-up")),
        "publishes no signing key made-up",
        TokenRefusal.UNKNOWN_KEY);
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(2);

    // Microsoft rotates a moment later: the new key is read as soon as the short floor has passed,
    // not after 30 s.
    clock.advance(Duration.ofSeconds(1));
    authority.publishKeys(TENANT_A, KEY_1, KEY_2);
    String rotated = sign(authority.validClaims(TENANT_A).build(), KEY_2);
    assertRefused(rotated, "publishes no signing key key-2", TokenRefusal.UNKNOWN_KEY);
    clock.advance(TenantKeys.REFRESH_FLOOR.minusSeconds(1));

    assertThat(decoder.decode(rotated).getClaimAsString("oid")).isEqualTo(USER_OID);
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(3);
    assertThat(TenantKeys.REFRESH_FLOOR).isLessThan(TenantKeys.SAME_KEY_ID_INTERVAL);
  }

  @Test
  void aRotatedKeyIsAcceptedAtOnceWhenTheMadeUpKeyIdCameMoreThanTheFloorAgo() {
    var clock = new MovableClock(Instant.now());
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A), clock);
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));
    String madeUp = sign(authority.validClaims(TENANT_A).build(), newKey("made-up"));
    assertRefused(madeUp, "publishes no signing key made-up", TokenRefusal.UNKNOWN_KEY);

    clock.advance(TenantKeys.REFRESH_FLOOR);
    assertRefused(madeUp, "publishes no signing key made-up", TokenRefusal.UNKNOWN_KEY);
    authority.publishKeys(TENANT_A, KEY_1, KEY_2);

    assertThat(decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_2))).isNotNull();
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(3);
  }

  @Test
  void aFloodOfMadeUpKeyIdsCostsAtMostOneKeySetRequestPerFloor() {
    var clock = new MovableClock(Instant.now());
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A), clock);
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));
    var claims = authority.validClaims(TENANT_A).build();
    var junkKey = newKey("junk");

    for (int second = 0; second < 20; second++) {
      for (int token = 0; token < 10; token++) {
        assertRefused(
            signedAs(claims, junkKey, "junk-" + second + "-" + token),
            "publishes no signing key",
            TokenRefusal.UNKNOWN_KEY);
      }
      clock.advance(Duration.ofSeconds(1));
    }

    // 200 made-up key ids in 20 seconds: the first read, then one request per floor.
    long floors = 20 / TenantKeys.REFRESH_FLOOR.toSeconds();
    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(1 + (int) floors);
    assertThat(decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1))).isNotNull();
  }

  @Test
  void theUnknownKeyIdsRememberedStayBounded() {
    var clock = new MovableClock(Instant.now());
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A), clock);
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));
    var claims = authority.validClaims(TENANT_A).build();
    var junkKey = newKey("junk");
    int madeUp = TenantKeys.MAX_TRACKED_KEY_IDS + 30;

    for (int i = 0; i < madeUp; i++) {
      clock.advance(TenantKeys.REFRESH_FLOOR);
      assertRefused(
          signedAs(claims, junkKey, "junk-" + i),
          "publishes no signing key",
          TokenRefusal.UNKNOWN_KEY);
    }

    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(1 + madeUp);
    assertThat(decoder.keysOf(TENANT_A).trackedUnknownKeyIds())
        .isEqualTo(TenantKeys.MAX_TRACKED_KEY_IDS);
  }

  @Test
  void aKeyIdLongerThanAnyOfMicrosoftsNeverCausesARequest() {
    var clock = new MovableClock(Instant.now());
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A), clock);
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));
    String longKeyId = "k".repeat(TenantKeys.MAX_KEY_ID_LENGTH + 1);

    for (int i = 0; i < 3; i++) {
      clock.advance(TenantKeys.SAME_KEY_ID_INTERVAL);
      assertRefused(
          signedAs(authority.validClaims(TENANT_A).build(), newKey("junk"), longKeyId + i),
          "publishes no signing key",
          TokenRefusal.UNKNOWN_KEY);
    }

    assertThat(authority.keySetFetches(TENANT_A)).isEqualTo(1);
    assertThat(decoder.keysOf(TENANT_A).trackedUnknownKeyIds()).isZero();
  }

  @Test
  void theTenantsKeptStayBoundedUnderManyMadeUpTenants() {
    int maxTenants = 20;
    decoder =
        new EntraJwtDecoder(
            authority.settings(EntraSettings.ANY_ORGANIZATION), Clock.systemUTC(), maxTenants);
    decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1));

    for (int i = 0; i < 5 * maxTenants; i++) {
      String madeUpTenant = "%08x-0000-4000-8000-000000000000".formatted(i);
      String token = sign(authority.validClaims(madeUpTenant).build(), KEY_1);
      assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
    }

    assertThat(decoder.keptTenants()).isLessThanOrEqualTo(maxTenants);
    assertThat(decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1))).isNotNull();
  }

  @Test
  void keepsTheKeysForTheCacheTimeThenReadsThemAgain() {
    var clock = new MovableClock(Instant.now());
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A), clock);
    String token =
        sign(
            authority.validClaims(TENANT_A).expirationTime(secondsFromNow(3 * 3600)).build(),
            KEY_1);

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

    assertThatThrownBy(() -> decoder.decode(token))
        .isInstanceOf(JwtException.class)
        .hasMessageContaining("HTTP 404");
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

    assertThat(
            decoder
                .decode(sign(authority.validClaims(TENANT_A).build(), KEY_1))
                .getClaimAsString("tid"))
        .isEqualTo(TENANT_A);
    assertThat(
            decoder
                .decode(sign(authority.validClaims(TENANT_B).build(), KEY_1))
                .getClaimAsString("tid"))
        .isEqualTo(TENANT_B);
    var personalAccount = authority.validClaims(EntraSettings.CONSUMER_TENANT).build();
    assertRefused(
        sign(personalAccount, KEY_1),
        "is not allowed to sign in to Steward",
        TokenRefusal.TENANT_NOT_ALLOWED);
  }

  @Test
  void aListOfTenantsAcceptsOnlyThoseTenants() {
    String tenantC = "c0ffee00-1234-4567-89ab-cdef01234567";
    authority.publishKeys(tenantC, KEY_1);
    decoder = new EntraJwtDecoder(authority.settings(TENANT_A, TENANT_B));

    assertThat(decoder.decode(sign(authority.validClaims(TENANT_A).build(), KEY_1))).isNotNull();
    assertThat(decoder.decode(sign(authority.validClaims(TENANT_B).build(), KEY_1))).isNotNull();
    assertRefused(
        sign(authority.validClaims(tenantC).build(), KEY_1),
        "tenant " + tenantC + " is not allowed",
        TokenRefusal.TENANT_NOT_ALLOWED);
  }

  @Test
  void acceptsATokenExpiredWithinTheClockSkew() {
    var claims = expiredSecondsAgo(30);

    assertThat(decoder.decode(sign(claims, KEY_1)).getExpiresAt()).isBefore(Instant.now());
  }

  @Test
  void rejectsATokenExpiredBeyondTheClockSkew() {
    var claims = expiredSecondsAgo(300);

    assertRefused(sign(claims, KEY_1), "expired", TokenRefusal.EXPIRED);
  }

  @Test
  void rejectsATokenThatExpiresBeforeItWasIssued() {
    var claims =
        authority
            .validClaims(TENANT_A)
            .issueTime(secondsFromNow(60))
            .expirationTime(secondsFromNow(30));

    assertRefused(
        sign(claims.build(), KEY_1), "expiresAt must be after issuedAt", TokenRefusal.OTHER);
  }

  private JWTClaimsSet expiredSecondsAgo(long seconds) {
    return authority
        .validClaims(TENANT_A)
        .issueTime(secondsFromNow(-seconds - 3600))
        .notBeforeTime(secondsFromNow(-seconds - 3600))
        .expirationTime(secondsFromNow(-seconds))
        .build();
  }

  private void assertRefused(String token, String message, TokenRefusal reason) {
    assertThatThrownBy(() -> decoder.decode(token))
        .isInstanceOf(BadJwtException.class)
        .hasMessageContaining(message)
        .satisfies(refused -> assertThat(TokenRefusal.of(refused)).isEqualTo(reason));
  }

  /** A token whose header names {@code keyId}, signed by {@code key}. */
  private static String signedAs(JWTClaimsSet claims, RSAKey key, String keyId) {
    return sign(claims, new RSAKey.Builder(key).keyID(keyId).build());
  }

  private static Date secondsFromNow(long seconds) {
    return Date.from(Instant.now().plusSeconds(seconds));
  }
}
