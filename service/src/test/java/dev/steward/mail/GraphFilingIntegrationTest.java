package dev.steward.mail;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.jwk.RSAKey;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.entra.FakeEntraAuthority;
import dev.steward.microsoft.FakeMicrosoft;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Filing an email read through Microsoft Graph: a user signed in with Microsoft files the message
 * the pane shows by its REST id; the service exchanges their token on-behalf-of and reads the
 * message itself. WireMock plays the Entra authority that signed the user's token (plain HTTP, for
 * sign-in) and Microsoft for Graph (HTTPS, for azure-identity).
 */
class GraphFilingIntegrationTest extends IntegrationTest {

  static final String TENANT = FakeEntraAuthority.TENANT_A;
  static final String REST_ID = "AAMkAGI2THVSAAA=";
  static final String REST_ID_IN_PATH = "AAMkAGI2THVSAAA%3D";
  static final String MESSAGE_ID = "<CAF=graph-reply@mail.client.example>";

  static final WireMockServer ENTRA = new WireMockServer(wireMockConfig().dynamicPort());
  static final FakeEntraAuthority AUTHORITY;
  static final RSAKey KEY = FakeEntraAuthority.newKey("mail-key");
  static final FakeMicrosoft MICROSOFT = FakeMicrosoft.start();

  static {
    ENTRA.start();
    AUTHORITY = new FakeEntraAuthority(ENTRA);
    AUTHORITY.publishKeys(TENANT, KEY);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  ENTRA.stop();
                  MICROSOFT.close();
                }));
  }

  @DynamicPropertySource
  static void microsoft(DynamicPropertyRegistry registry) {
    registry.add("steward.entra.client-id", () -> FakeEntraAuthority.CLIENT_ID);
    registry.add("steward.entra.allowed-tenants", () -> TENANT);
    registry.add("steward.entra.authority-host", ENTRA::baseUrl);
    MICROSOFT.register(registry);
  }

  String userToken;

  @BeforeEach
  void connectTheFirmToItsMicrosoftTenant() throws Exception {
    connect(TENANT);
    MICROSOFT.server().resetAll();
    MICROSOFT.issuesOnBehalfOfToken(TENANT, "obo-graph-token");
    MICROSOFT
        .server()
        .stubFor(
            get(urlPathEqualTo("/v1.0/me/messages/" + REST_ID_IN_PATH))
                .willReturn(
                    okJson(
                        FakeMicrosoft.json(
                            "message.json",
                            Map.of(
                                "restId",
                                REST_ID,
                                "internetMessageId",
                                MESSAGE_ID,
                                "inReplyTo",
                                "<autumn-letter@firm.example>")))));
    userToken =
        FakeEntraAuthority.sign(
            AUTHORITY
                .validClaims(TENANT)
                .claim("oid", UUID.randomUUID().toString())
                .claim("preferred_username", "megan@firm.example")
                .claim("name", "Megan Bowen")
                .build(),
            KEY);
  }

  /** The tenant can be connected to one firm at a time: the next test's firm takes it. */
  @AfterEach
  void disconnect() throws Exception {
    connect(null);
  }

  /** What Office.js gives the pane: no Cc, a subject of its own, no headers. */
  static final String FROM_THE_PANE =
      """
      {"kind":"email","direction":"inbound","subject":"(as the pane saw it)","internetMessageId":"%s",
       "from":{"address":"ann.lee@client.example","name":"Ann Lee"},
       "to":[{"address":"MeganB@firm.example","name":"Megan Bowen"}],"restId":"%s"}"""
          .formatted(MESSAGE_ID, REST_ID);

  @Test
  void readsTheMessageThroughGraphOnTheUsersBehalfAndFilesItOnEveryoneOnIt() throws Exception {
    var ann =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ann","lastName":"Lee","email":"ann.lee@client.example"}""");
    var bob =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Bob","lastName":"Ray","email":"bob.ray@client.example"}""");
    var carla =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Carla","lastName":"Diaz","email":"carla@lawyers.example"}""");

    var first =
        asMicrosoftUser(FROM_THE_PANE)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.readThrough").value("graph"))
            .andExpect(jsonPath("$.subject").value("Re: Autumn estate-planning letter"))
            .andExpect(jsonPath("$.summary").value(containsString("review the trust in November")))
            .andExpect(jsonPath("$.occurredAt").value("2026-03-04T10:15:00Z"))
            .andExpect(jsonPath("$.cc[0].address").value("carla@lawyers.example"))
            .andExpect(jsonPath("$.inReplyTo").value("<autumn-letter@firm.example>"))
            .andExpect(
                jsonPath("$.references")
                    .value("<campaign-seed@firm.example> <autumn-letter@firm.example>"))
            .andExpect(jsonPath("$.attachmentNames", contains("Trust deed 2019.pdf")))
            .andExpect(jsonPath("$.webLink").value(containsString("outlook.office365.com")))
            .andExpect(
                jsonPath(
                    "$.contacts[*].displayName", contains("Ann Lee", "Bob Ray", "Carla Diaz")));
    String id = Api.read(first, "$.id");

    // Filing it again creates nothing new: everyone on it is linked already.
    asMicrosoftUser(FROM_THE_PANE)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.created").value(false))
        .andExpect(jsonPath("$.newlyLinkedContactIds", hasSize(0)));
    for (var person : new UUID[] {ann, bob, carla}) {
      assertThat(
              Api.<java.util.List<String>>read(
                  api.get("/api/contacts/{id}/timeline", person),
                  "$[?(@.kind == 'email')].interactionId"))
          .containsExactly(id);
    }

    var reads =
        MICROSOFT
            .server()
            .findAll(getRequestedFor(urlPathEqualTo("/v1.0/me/messages/" + REST_ID_IN_PATH)));
    assertThat(reads)
        .hasSize(2)
        .allSatisfy(
            read ->
                assertThat(read.getHeader("Authorization")).isEqualTo("Bearer obo-graph-token"));
    assertThat(MICROSOFT.tokenRequests(TENANT))
        .isNotEmpty()
        .allSatisfy(
            exchange ->
                assertThat(exchange)
                    .containsEntry("requested_token_use", "on_behalf_of")
                    .containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer")
                    .containsEntry("assertion", userToken)
                    .containsEntry("client_id", FakeMicrosoft.CLIENT_ID));
  }

  @Test
  void withAPasswordSignInThePanesAccountIsFiledAndTheAnswerSaysWhyGraphWasNotUsed()
      throws Exception {
    api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"Ann","lastName":"Lee","email":"ann.lee@client.example"}""");

    api.post("/api/interactions", FROM_THE_PANE)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.readThrough").value("outlook"))
        .andExpect(
            jsonPath("$.graphUnavailable").value(containsString("needs a Microsoft sign-in")))
        .andExpect(jsonPath("$.subject").value("(as the pane saw it)"))
        .andExpect(jsonPath("$.restId").value(REST_ID))
        .andExpect(jsonPath("$.contacts[*].displayName", contains("Ann Lee")));

    assertThat(
            MICROSOFT
                .server()
                .findAll(getRequestedFor(urlPathEqualTo("/v1.0/me/messages/" + REST_ID_IN_PATH))))
        .isEmpty();
  }

  private ResultActions asMicrosoftUser(String json) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.post("/api/interactions")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + userToken)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }

  private void connect(String entraTenant) throws Exception {
    var current = api.get("/api/tenant").andExpect(status().isOk()).andReturn().getResponse();
    Map<String, Object> settings = JsonPath.read(current.getContentAsString(), "$");
    api.perform(
            MockMvcRequestBuilders.put("/api/tenant")
                .header(HttpHeaders.IF_MATCH, current.getHeader(HttpHeaders.ETAG))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"name":"%s","subdomain":"%s","azureTenantId":%s,"mfaRequired":false}"""
                        .formatted(
                            settings.get("name"),
                            settings.get("subdomain"),
                            entraTenant == null ? "null" : "\"" + entraTenant + "\"")))
        .andExpect(status().isOk());
  }
}
