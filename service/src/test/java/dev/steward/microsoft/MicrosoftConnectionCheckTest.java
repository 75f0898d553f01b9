package dev.steward.microsoft;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.microsoft.MicrosoftConnectionCheck.Check;
import dev.steward.microsoft.MicrosoftConnectionCheck.Status;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live check of the Microsoft 365 connection, against WireMock playing Microsoft. */
class MicrosoftConnectionCheckTest {

  private static final String TENANT = FakeMicrosoft.APP_TENANT;
  private static final String CLIENT = FakeMicrosoft.CLIENT_ID;

  private FakeMicrosoft microsoft;

  @BeforeEach
  void start() {
    microsoft = FakeMicrosoft.start();
    metadataAnswers();
  }

  @AfterEach
  void stop() {
    microsoft.close();
  }

  @Test
  void aCompleteConnectionPassesEveryCheck() {
    microsoft.issuesAppToken(
        TENANT, token("Mail.Read", "Mail.Send", "Mail.ReadWrite", "Sites.Selected"));
    graphAnswers(200);

    var report = check(settings(CLIENT, FakeMicrosoft.CLIENT_SECRET), CLIENT, null);

    assertThat(report.checks())
        .extracting(Check::id)
        .containsExactly("client-id", "audience", "metadata", "app-token", "graph");
    assertThat(report.checks()).extracting(Check::status).containsOnly(Status.OK);
    assertThat(report.connected()).isTrue();
  }

  @Test
  void saysWhenTheAuthorityCannotBeReached() throws Exception {
    int closed;
    try (var socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    var settings = settings(CLIENT, "", "https://localhost:" + closed);

    var metadata = find(check(settings, CLIENT, null), "metadata");

    assertThat(metadata.status()).isEqualTo(Status.PROBLEM);
    assertThat(metadata.detail()).contains("cannot reach").contains("internet access");
  }

  @Test
  void namesAnUnknownTenant() {
    microsoft
        .server()
        .stubFor(
            get(urlPathEqualTo("/" + TENANT + "/v2.0/.well-known/openid-configuration"))
                .willReturn(
                    aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"error\":\"invalid_tenant\",\"error_description\":\"AADSTS90002: Tenant '"
                                + TENANT
                                + "' not found.\"}")));

    var metadata = find(check(settings(CLIENT, ""), CLIENT, null), "metadata");

    assertThat(metadata.status()).isEqualTo(Status.PROBLEM);
    assertThat(metadata.detail())
        .contains("does not know the tenant")
        .contains("STEWARD_MICROSOFT_TENANT_ID");
  }

  @Test
  void saysTheSecretIsWrongOrExpiredOrTheAppUnknown() {
    tokenRefused("AADSTS7000215: Invalid client secret provided.");
    assertThat(find(check(settings(CLIENT, "wrong"), CLIENT, null), "app-token").detail())
        .contains("client secret is wrong")
        .contains("Value (not its Secret ID)");

    tokenRefused("AADSTS7000222: The provided client secret keys for app are expired.");
    assertThat(find(check(settings(CLIENT, "old"), CLIENT, null), "app-token").detail())
        .contains("has expired");

    tokenRefused("AADSTS700016: Application with identifier was not found in the directory.");
    var unknown = check(settings(CLIENT, "secret"), CLIENT, null);
    assertThat(find(unknown, "app-token").status()).isEqualTo(Status.PROBLEM);
    assertThat(find(unknown, "app-token").detail()).contains("is not found in the tenant");
    assertThat(find(unknown, "graph").status()).isEqualTo(Status.SKIPPED);
    assertThat(unknown.connected()).isFalse();
  }

  @Test
  void saysWhenNoAdminHasConsented() {
    microsoft.issuesAppToken(TENANT, token());
    graphAnswers(403);

    var graph = find(check(settings(CLIENT, "secret"), CLIENT, null), "graph");

    assertThat(graph.status()).isEqualTo(Status.PROBLEM);
    assertThat(graph.detail()).contains("Grant admin consent").contains("Mail.Read");
  }

  @Test
  void namesTheFeaturesThatStayOffWithoutTheirConsent() {
    microsoft.issuesAppToken(TENANT, token("Mail.Read"));
    graphAnswers(200);

    var graph = find(check(settings(CLIENT, "secret"), CLIENT, null), "graph");

    assertThat(graph.status()).isEqualTo(Status.OK);
    assertThat(graph.detail())
        .contains("Not consented: Mail.ReadWrite, Mail.Send, Sites.Selected")
        .contains("scheduled reports saved to SharePoint");
  }

  @Test
  void saysWhenGraphRefusesTheToken() {
    microsoft.issuesAppToken(TENANT, token("Mail.Read"));
    graphAnswers(401);

    var graph = find(check(settings(CLIENT, "secret"), CLIENT, null), "graph");

    assertThat(graph.status()).isEqualTo(Status.PROBLEM);
    assertThat(graph.detail()).contains("refused Steward's token");
  }

  @Test
  void catchesAClientIdThatIsNotOneAndAnAudienceThatMissesIt() {
    var report = check(settings("my-secret-value", ""), CLIENT, List.of("api://someone-else"));

    assertThat(find(report, "client-id").status()).isEqualTo(Status.PROBLEM);
    assertThat(find(report, "client-id").detail()).contains("is not an Application (client) ID");
    assertThat(find(report, "audience").status()).isEqualTo(Status.PROBLEM);
    assertThat(find(report, "audience").detail())
        .contains("api://" + CLIENT)
        .contains("would be refused");
    assertThat(find(report, "app-token").status()).isEqualTo(Status.SKIPPED);

    var noSignIn = check(settings(CLIENT, ""), "", null);
    assertThat(find(noSignIn, "audience").detail()).contains("STEWARD_ENTRA_CLIENT_ID is not set");
  }

  // --- helpers

  private MicrosoftConnectionCheck.Report check(
      MicrosoftSettings settings, String signInClientId, List<String> audience) {
    return new MicrosoftConnectionCheck(
            settings,
            signInClientId,
            audience != null
                ? audience
                : signInClientId.isEmpty()
                    ? List.of()
                    : List.of(signInClientId, "api://" + signInClientId))
        .run();
  }

  private MicrosoftSettings settings(String clientId, String secret) {
    return settings(clientId, secret, microsoft.authorityHost());
  }

  private MicrosoftSettings settings(String clientId, String secret, String authorityHost) {
    return new MicrosoftSettings(
        clientId,
        secret,
        null,
        null,
        TENANT,
        authorityHost,
        microsoft.graphBaseUrl(),
        null,
        microsoft.certificate(),
        0,
        null,
        null);
  }

  private static Check find(MicrosoftConnectionCheck.Report report, String id) {
    return report.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private void metadataAnswers() {
    String authority = microsoft.authorityHost();
    microsoft
        .server()
        .stubFor(
            get(urlPathEqualTo("/" + TENANT + "/v2.0/.well-known/openid-configuration"))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"issuer\":\""
                                + authority
                                + "/"
                                + TENANT
                                + "/v2.0\","
                                + "\"jwks_uri\":\""
                                + authority
                                + "/"
                                + TENANT
                                + "/discovery/v2.0/keys\"}")));
    microsoft
        .server()
        .stubFor(
            get(urlPathEqualTo("/" + TENANT + "/discovery/v2.0/keys"))
                .willReturn(
                    aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\"AQAB\",\"e\":\"AQAB\"}]}")));
  }

  private void graphAnswers(int status) {
    microsoft
        .server()
        .stubFor(
            get(urlPathEqualTo("/v1.0/organization"))
                .willReturn(
                    aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            status == 200
                                ? "{\"value\":[{\"id\":\""
                                    + TENANT
                                    + "\",\"displayName\":\"Contoso\"}]}"
                                : "{\"error\":{\"code\":\"Authorization_RequestDenied\"}}")));
  }

  private void tokenRefused(String description) {
    microsoft
        .server()
        .stubFor(
            post(urlPathEqualTo("/" + TENANT + "/oauth2/v2.0/token"))
                .willReturn(
                    aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            "{\"error\":\"invalid_client\",\"error_description\":\""
                                + description
                                + "\"}")));
  }

  /** An unsigned JWT-shaped token with these application permissions in {@code roles}. */
  private static String token(String... roles) {
    var encoder = Base64.getUrlEncoder().withoutPadding();
    String claims =
        "{\"aud\":\"https://graph.microsoft.com\",\"tid\":\""
            + TENANT
            + "\",\"roles\":["
            + String.join(",", java.util.Arrays.stream(roles).map(r -> "\"" + r + "\"").toList())
            + "]}";
    return encoder.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".c2ln";
  }
}
