package dev.steward.identity.entra;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

/**
 * WireMock playing the Microsoft authority (OpenID metadata and key sets per tenant), and tokens
 * signed here. Shared by the decoder's unit tests (a {@link WireMockExtension}) and the sign-in
 * integration tests (a {@link WireMockServer} started before the Spring context).
 */
public final class FakeEntraAuthority {

  public static final String CLIENT_ID = "5b0a7c3e-2f41-4d8a-9c6e-1a2b3c4d5e6f";
  public static final String TENANT_A = "0f6f3a6e-8b1c-4d2e-9a7b-6c5d4e3f2a1b";
  public static final String TENANT_B = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
  public static final String USER_OID = "11111111-2222-4333-8444-555555555555";

  private final Stubbing wireMock;
  private final Supplier<String> baseUrl;

  public FakeEntraAuthority(WireMockExtension wireMock) {
    this(wireMock, wireMock::baseUrl);
  }

  public FakeEntraAuthority(WireMockServer wireMock) {
    this(wireMock, wireMock::baseUrl);
  }

  private FakeEntraAuthority(Stubbing wireMock, Supplier<String> baseUrl) {
    this.wireMock = wireMock;
    this.baseUrl = baseUrl;
  }

  /** The authority host, as {@code steward.entra.authority-host} names it. */
  public String host() {
    return baseUrl.get();
  }

  /** Settings that trust this fake authority and the given tenants (or {@code organizations}). */
  public EntraSettings settings(String... allowedTenants) {
    return new EntraSettings(
        CLIENT_ID, null, Arrays.asList(allowedTenants), baseUrl.get(), null, null, null);
  }

  public String issuer(String tenant) {
    return baseUrl.get() + "/" + tenant + "/v2.0";
  }

  /** Serves the tenant's OpenID metadata and, at its jwks_uri, the public halves of these keys. */
  public void publishKeys(String tenant, RSAKey... keys) {
    String metadata =
        """
        {"issuer": "%s", "jwks_uri": "%s", "token_endpoint": "%s", "id_token_signing_alg_values_supported": ["RS256"]}
        """
            .formatted(
                issuer(tenant),
                baseUrl.get() + keysPath(tenant),
                baseUrl.get() + "/" + tenant + "/oauth2/v2.0/token");
    String metadataPath = "/" + tenant + "/v2.0/.well-known/openid-configuration";
    wireMock.stubFor(get(urlEqualTo(metadataPath)).willReturn(okJson(metadata)));
    List<JWK> publicKeys = Arrays.stream(keys).map(key -> (JWK) key.toPublicJWK()).toList();
    wireMock.stubFor(
        get(urlEqualTo(keysPath(tenant))).willReturn(okJson(new JWKSet(publicKeys).toString())));
  }

  public int keySetFetches(String tenant) {
    return wireMock.findAll(getRequestedFor(urlEqualTo(keysPath(tenant)))).size();
  }

  public int requestsAbout(String tenant) {
    return (int)
        wireMock.getAllServeEvents().stream()
            .filter(event -> event.getRequest().getUrl().startsWith("/" + tenant + "/"))
            .count();
  }

  /**
   * Claims of a valid access token for Steward's API, issued by this tenant; tests change what they
   * examine.
   */
  public JWTClaimsSet.Builder validClaims(String tenant) {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder()
        .issuer(issuer(tenant))
        .audience(CLIENT_ID)
        .subject("pairwise-subject")
        .issueTime(Date.from(now.minus(Duration.ofMinutes(1))))
        .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(1))))
        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
        .claim("tid", tenant)
        .claim("oid", USER_OID)
        .claim("scp", "access_as_user")
        .claim("roles", List.of("Steward.Admin"))
        .claim("name", "Ada Lovelace")
        .claim("preferred_username", "ada@contoso.example")
        .claim("azp", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a")
        .claim("ver", "2.0");
  }

  public static RSAKey newKey(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sign(JWTClaimsSet claims, RSAKey key) {
    var header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(key.getKeyID())
            .type(JOSEObjectType.JWT)
            .build();
    var jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static String keysPath(String tenant) {
    return "/" + tenant + "/discovery/v2.0/keys";
  }
}
