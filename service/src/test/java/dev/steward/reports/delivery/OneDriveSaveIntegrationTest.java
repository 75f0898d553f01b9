package dev.steward.reports.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.jwk.RSAKey;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.entra.FakeEntraAuthority;
import dev.steward.microsoft.FakeMicrosoft;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * "Save to OneDrive" through the API: a Microsoft user's Entra token is exchanged on-behalf-of at
 * WireMock playing the Microsoft authority, and the report workbook goes up to WireMock playing
 * Graph, into that user's own OneDrive.
 */
class OneDriveSaveIntegrationTest extends IntegrationTest {

  static final FakeMicrosoft MICROSOFT = FakeMicrosoft.start();

  /**
   * The sign-in side of the authority (OpenID metadata and keys), over plain http as the sign-in
   * tests run it.
   */
  static final WireMockServer SIGN_IN_SERVER = new WireMockServer(wireMockConfig().dynamicPort());

  static final FakeEntraAuthority SIGN_IN;
  static final RSAKey KEY = FakeEntraAuthority.newKey("onedrive-save-key");
  static final String DRIVE = "b-ada-onedrive-0123";

  /** The name Graph answers with, as after a rename around a file of the same name. */
  static final String SAVED_AS = "Report 1.xlsx";

  static {
    SIGN_IN_SERVER.start();
    SIGN_IN = new FakeEntraAuthority(SIGN_IN_SERVER);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  MICROSOFT.close();
                  SIGN_IN_SERVER.stop();
                }));
  }

  @DynamicPropertySource
  static void microsoft(DynamicPropertyRegistry registry) {
    MICROSOFT.register(registry);
    registry.add("steward.entra.client-id", () -> FakeEntraAuthority.CLIENT_ID);
    registry.add("steward.entra.allowed-tenants", () -> "organizations");
    registry.add("steward.entra.authority-host", SIGN_IN::host);
  }

  String entraTenant;
  String userToken;
  Api microsoftUser;
  UUID campaign;

  /**
   * A firm connected to an Entra tenant of its own, a Microsoft user of it, and a campaign with a
   * member.
   */
  @BeforeEach
  void aFirmWithAMicrosoftUserAndACampaign() throws Exception {
    entraTenant = UUID.randomUUID().toString();
    SIGN_IN.publishKeys(entraTenant, KEY);
    connectFirm(entraTenant);
    userToken =
        FakeEntraAuthority.sign(
            SIGN_IN
                .validClaims(entraTenant)
                .claim("oid", UUID.randomUUID().toString())
                .claim("roles", List.of("viewer"))
                .build(),
            KEY);
    microsoftUser = Api.withToken(mvc, userToken, null);
    campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"Autumn letter","channel":"mail","status":"sent","sendDate":"2026-10-01"}""");
    UUID ann =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ann","lastName":"Archer","email":"ann@example.com","tags":[]}""");
    api.post("/api/campaigns/{id}/contacts", "{\"contactIds\":[\"" + ann + "\"]}", campaign)
        .andExpect(status().isOk());
  }

  @Test
  void aMicrosoftUserSavesTheCampaignWorkbookIntoTheirOwnOneDriveWithOneTokenExchange()
      throws Exception {
    MICROSOFT.issuesOnBehalfOfToken(entraTenant, "obo-token-" + entraTenant);
    graphAcceptsUploadsInto("Steward%20reports");

    var first =
        microsoftUser
            .post("/api/reports/campaigns/{id}/onedrive", "{}", campaign)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.folder").value("Steward reports"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    microsoftUser
        .perform(MockMvcRequestBuilders.post("/api/reports/campaigns/{id}/onedrive", campaign))
        .andExpect(status().isCreated());

    assertThat((String) JsonPath.read(first, "$.fileName")).isEqualTo(SAVED_AS);
    assertThat((String) JsonPath.read(first, "$.webUrl"))
        .isEqualTo(
            "https://contoso-my.sharepoint.com/personal/reports_contoso_com/Documents/" + SAVED_AS);

    var exchanges = MICROSOFT.tokenRequests(entraTenant);
    assertThat(exchanges).as("the second save reuses the Graph token of the first").hasSize(1);
    assertThat(exchanges.get(0))
        .containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer")
        .containsEntry("requested_token_use", "on_behalf_of")
        .containsEntry("assertion", userToken)
        .containsEntry("client_id", FakeMicrosoft.CLIENT_ID);

    List<LoggedRequest> uploads =
        MICROSOFT
            .server()
            .findAll(
                putRequestedFor(
                    urlPathMatching(
                        "/v1.0/drives/"
                            + DRIVE
                            + "/root:/Steward%20reports/Autumn%20letter%20-%20report%20"
                            + "\\d{4}-\\d{2}-\\d{2}\\.xlsx:/content")));
    assertThat(uploads)
        .hasSize(2)
        .allSatisfy(
            upload -> {
              assertThat(upload.getHeader("Authorization"))
                  .isEqualTo("Bearer obo-token-" + entraTenant);
              try (var book = new XSSFWorkbook(new ByteArrayInputStream(upload.getBody()))) {
                assertThat(book.getSheet("Summary").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Autumn letter");
                assertThat(book.getSheet("Members").getRow(1).getCell(0).getStringCellValue())
                    .contains("Ann");
              }
            });
  }

  @Test
  void thePortfolioGoesIntoTheFolderTheUserNamesAndABadFolderIsRefusedByName() throws Exception {
    MICROSOFT.issuesOnBehalfOfToken(entraTenant, "obo-token-" + entraTenant);
    graphAcceptsUploadsInto("Reports/2026");

    microsoftUser
        .post(
            "/api/reports/portfolio/onedrive?from=2026-01-01&to=2026-12-31",
            """
        {"folder": "/Reports//2026/"}""")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.folder").value("Reports/2026"));
    assertThat(
            MICROSOFT
                .server()
                .findAll(
                    putRequestedFor(
                        urlPathMatching(
                            "/v1.0/drives/"
                                + DRIVE
                                + "/root:/Reports/2026/Campaigns%202026-01-01%20to%202026-12-31.*:/content"))))
        .singleElement()
        .satisfies(upload -> assertThat(upload.getBody()).startsWith('P', 'K'));

    microsoftUser
        .post(
            "/api/reports/campaigns/{id}/onedrive",
            """
        {"folder": "Reports/../Secrets"}""",
            campaign)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("folder"));
  }

  @Test
  void aPasswordSignInIsToldThatSavingToOneDriveNeedsAMicrosoftSignIn() throws Exception {
    api.post("/api/reports/campaigns/{id}/onedrive", "{}", campaign)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("microsoft-sign-in-required"))
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Microsoft sign-in")));
    api.get("/api/reports/onedrive")
        .andExpect(jsonPath("$.available").value(false))
        .andExpect(jsonPath("$.code").value("microsoft-sign-in-required"));
    microsoftUser
        .get("/api/reports/onedrive")
        .andExpect(jsonPath("$.available").value(true))
        .andExpect(jsonPath("$.defaultFolder").value("Steward reports"));
    assertThat(MICROSOFT.tokenRequests(entraTenant)).isEmpty();
  }

  private void graphAcceptsUploadsInto(String folderInPath) {
    MICROSOFT
        .server()
        .stubFor(
            get(urlEqualTo("/v1.0/me/drive"))
                .willReturn(okJson(FakeMicrosoft.json("drive.json", Map.of("driveId", DRIVE)))));
    MICROSOFT
        .server()
        .stubFor(
            put(urlPathMatching(
                    "/v1.0/drives/" + DRIVE + "/root:/" + folderInPath + "/[^/]+:/content"))
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            FakeMicrosoft.json(
                                "drive-item.json",
                                Map.of(
                                    "driveId", DRIVE, "itemId", "ITEM-1", "name", SAVED_AS, "size",
                                    1000)))));
  }

  private void connectFirm(String tenant) throws Exception {
    var current = api.get("/api/tenant").andExpect(status().isOk()).andReturn().getResponse();
    Map<String, Object> settings = JsonPath.read(current.getContentAsString(), "$");
    api.perform(
            MockMvcRequestBuilders.put("/api/tenant")
                .header(HttpHeaders.IF_MATCH, current.getHeader(HttpHeaders.ETAG))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"name":"%s","subdomain":"%s","azureTenantId":"%s","mfaRequired":false}"""
                        .formatted(settings.get("name"), settings.get("subdomain"), tenant)))
        .andExpect(status().isOk());
  }
}
