package dev.steward.microsoft;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.steward.identity.EntraAccessToken;
import dev.steward.microsoft.MicrosoftSettings.ConflictBehavior;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;

/**
 * Uploads to OneDrive and SharePoint against WireMock playing Microsoft (authority and Graph, over
 * HTTPS): one PUT for a small file, an upload session in chunks for a large one, retries on
 * throttling, a failed chunk resumed from what the session still expects, and the token exchanges
 * behind them, asserted on what WireMock received.
 */
class OneDriveUploadTest {

  static final String USER = "reports@contoso.example";
  static final String DRIVE = "b!p9vJZ3e0h0q1y2m3n4o5p6q7r8s9t0u1v2w3x4y5z6A7B8C9D0E1F2";

  /** The drive id as the SDK puts it into a path it builds itself ({@code !} percent-encoded). */
  static final String DRIVE_IN_PATH = DRIVE.replace("!", "%21");

  static final long UNIT = 320 * 1024;

  static FakeMicrosoft microsoft;

  OneDrive oneDrive;

  @BeforeAll
  static void startMicrosoft() {
    microsoft = FakeMicrosoft.start();
  }

  @AfterAll
  static void stopMicrosoft() {
    microsoft.close();
  }

  @BeforeEach
  void freshStubs() {
    microsoft.server().resetAll();
    microsoft.issuesAppToken(FakeMicrosoft.APP_TENANT, "app-token-1");
    microsoft
        .server()
        .stubFor(
            get(urlEqualTo("/v1.0/users/" + USER.replace("@", "%40") + "/drive"))
                .willReturn(okJson(FakeMicrosoft.json("drive.json", Map.of("driveId", DRIVE)))));
    oneDrive = oneDrive(DataSize.ofKilobytes(100), ConflictBehavior.RENAME);
  }

  private static OneDrive oneDrive(DataSize simpleUploadLimit, ConflictBehavior conflict) {
    var settings = microsoft.settings(simpleUploadLimit, DataSize.ofBytes(UNIT), conflict);
    return new OneDrive(new GraphClients(settings), settings);
  }

  @Test
  void aSmallFileGoesUpInOnePutAsTheAppWithItsClientCredentials() {
    byte[] content = bytes(40_000);
    String path =
        "/v1.0/drives/" + DRIVE + "/root:/Reports/Weekly/Portfolio%202026-11.xlsx:/content";
    microsoft
        .server()
        .stubFor(
            put(urlPathEqualTo(path))
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            FakeMicrosoft.json(
                                "drive-item.json",
                                Map.of(
                                    "driveId",
                                    DRIVE,
                                    "itemId",
                                    "ITEM-1",
                                    "name",
                                    "Portfolio 2026-11 1.xlsx",
                                    "size",
                                    content.length)))));

    DriveFile file =
        oneDrive.upload(
            GraphAccess.app(null),
            UploadTarget.userOneDrive(USER, "/Reports//Weekly/"),
            "Portfolio 2026-11.xlsx",
            new ByteArrayResource(content),
            content.length);

    assertThat(file.id()).isEqualTo("ITEM-1");
    assertThat(file.name()).isEqualTo("Portfolio 2026-11 1.xlsx");
    assertThat(file.webUrl()).endsWith("/Documents/Portfolio 2026-11 1.xlsx");
    assertThat(file.size()).isEqualTo(content.length);

    var upload = only(microsoft.server().findAll(putRequestedFor(urlPathEqualTo(path))));
    assertThat(upload.getBody()).isEqualTo(content);
    assertThat(upload.queryParameter("@microsoft.graph.conflictBehavior").firstValue())
        .isEqualTo("rename");
    assertThat(upload.getHeader("Authorization")).isEqualTo("Bearer app-token-1");
    assertThat(upload.getHeader("Prefer")).isEqualTo("IdType=\"ImmutableId\"");

    assertThat(microsoft.tokenRequests(FakeMicrosoft.APP_TENANT))
        .isNotEmpty()
        .allSatisfy(
            token -> {
              assertThat(token)
                  .containsEntry("grant_type", "client_credentials")
                  .containsEntry("client_id", FakeMicrosoft.CLIENT_ID)
                  .containsEntry("client_secret", FakeMicrosoft.CLIENT_SECRET);
              assertThat(token.get("scope")).contains("https://graph.microsoft.com/.default");
            });
  }

  @Test
  void theUsersOwnOneDriveIsReachedOnTheirBehalfWithTheirTokenAsTheAssertion() {
    String userTenant = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
    String userToken = "eyJ0eXAiOiJKV1QifQ.eyJ0aWQiOiJhMWIyIn0.c2lnbmF0dXJl";
    microsoft.issuesOnBehalfOfToken(userTenant, "obo-token-1");
    microsoft
        .server()
        .stubFor(
            get(urlEqualTo("/v1.0/me/drive"))
                .willReturn(okJson(FakeMicrosoft.json("drive.json", Map.of("driveId", DRIVE)))));
    String path = "/v1.0/drives/" + DRIVE + "/root:/Campaign%20reports/Autumn.xlsx:/content";
    microsoft
        .server()
        .stubFor(
            put(urlPathEqualTo(path))
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            FakeMicrosoft.json(
                                "drive-item.json",
                                Map.of(
                                    "driveId",
                                    DRIVE,
                                    "itemId",
                                    "ITEM-2",
                                    "name",
                                    "Autumn.xlsx",
                                    "size",
                                    10)))));
    var access =
        GraphAccess.onBehalfOf(
            new EntraAccessToken(userToken, userTenant, Instant.now().plusSeconds(3600)));

    oneDrive.upload(
        access,
        UploadTarget.myOneDrive("Campaign reports"),
        "Autumn.xlsx",
        new ByteArrayResource(bytes(10)),
        10);
    oneDrive.upload(
        access,
        UploadTarget.myOneDrive("Campaign reports"),
        "Autumn.xlsx",
        new ByteArrayResource(bytes(10)),
        10);

    // Two uploads, one exchange: the Graph token is kept with the user's client (MSAL alone would
    // ask again here).
    assertThat(microsoft.tokenRequests(userTenant))
        .hasSize(1)
        .allSatisfy(
            exchange -> {
              assertThat(exchange)
                  .containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer")
                  .containsEntry("requested_token_use", "on_behalf_of")
                  .containsEntry("assertion", userToken)
                  .containsEntry("client_id", FakeMicrosoft.CLIENT_ID)
                  .containsEntry("client_secret", FakeMicrosoft.CLIENT_SECRET);
              assertThat(exchange.get("scope")).contains("https://graph.microsoft.com/.default");
            });
    assertThat(microsoft.tokenRequests(FakeMicrosoft.APP_TENANT))
        .as("no app-only token for a user's call")
        .isEmpty();
    var drives = microsoft.server().findAll(getRequestedFor(urlEqualTo("/v1.0/me/drive")));
    assertThat(drives)
        .hasSize(2)
        .allSatisfy(
            request ->
                assertThat(request.getHeader("Authorization")).isEqualTo("Bearer obo-token-1"));
  }

  @Test
  void aLargeFileGoesUpThroughAnUploadSessionInChunksThatCarryNoToken() {
    byte[] content = bytes((int) (2 * UNIT + 1000));
    String session =
        "/v1.0/drives/"
            + DRIVE_IN_PATH
            + "/items/root%3A%2FReports%2FPortfolio.xlsx%3A/createUploadSession";
    microsoft
        .server()
        .stubFor(
            post(urlEqualTo(session))
                .willReturn(
                    okJson(
                        FakeMicrosoft.json(
                            "upload-session.json",
                            Map.of("uploadUrl", microsoft.uploadUrl("s1"))))));
    stubChunk(
        "s1", 0, UNIT - 1, content.length, 202, "{\"nextExpectedRanges\":[\"" + UNIT + "-\"]}");
    stubChunk(
        "s1",
        UNIT,
        2 * UNIT - 1,
        content.length,
        202,
        "{\"nextExpectedRanges\":[\"" + 2 * UNIT + "-\"]}");
    stubChunk(
        "s1",
        2 * UNIT,
        content.length - 1,
        content.length,
        201,
        FakeMicrosoft.json(
            "drive-item.json",
            Map.of(
                "driveId",
                DRIVE,
                "itemId",
                "ITEM-3",
                "name",
                "Portfolio.xlsx",
                "size",
                content.length)));

    DriveFile file =
        oneDrive.upload(
            GraphAccess.app(null),
            UploadTarget.userOneDrive(USER, "Reports"),
            "Portfolio.xlsx",
            new ByteArrayResource(content),
            content.length);

    assertThat(file.id()).isEqualTo("ITEM-3");
    var create = only(microsoft.server().findAll(postRequestedFor(urlEqualTo(session))));
    assertThat(create.getHeader("Authorization")).isEqualTo("Bearer app-token-1");
    microsoft
        .server()
        .verify(
            postRequestedFor(urlEqualTo(session))
                .withRequestBody(
                    matchingJsonPath(
                        "$.item['@microsoft.graph.conflictBehavior']", equalTo("rename"))));
    var chunks = chunks("s1");
    assertThat(chunks)
        .extracting(request -> request.getHeader("Content-Range"))
        .containsExactly(
            "bytes 0-" + (UNIT - 1) + "/" + content.length,
            "bytes " + UNIT + "-" + (2 * UNIT - 1) + "/" + content.length,
            "bytes " + 2 * UNIT + "-" + (content.length - 1) + "/" + content.length);
    assertThat(chunks)
        .allSatisfy(request -> assertThat(request.containsHeader("Authorization")).isFalse());
    assertThat(concatenated(chunks)).isEqualTo(content);
  }

  @Test
  void aThrottledOrUnavailableGraphIsAskedAgainAfterItsRetryAfter() {
    byte[] content = bytes(2_000);
    String path = "/v1.0/drives/" + DRIVE + "/root:/Reports/Throttled.xlsx:/content";
    microsoft
        .server()
        .stubFor(
            put(urlPathEqualTo(path))
                .inScenario("throttled")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0"))
                .willSetStateTo("unavailable once"));
    microsoft
        .server()
        .stubFor(
            put(urlPathEqualTo(path))
                .inScenario("throttled")
                .whenScenarioStateIs("unavailable once")
                .willReturn(
                    aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody(FakeMicrosoft.json("error-throttled.json", Map.of())))
                .willSetStateTo("throttled once"));
    microsoft
        .server()
        .stubFor(
            put(urlPathEqualTo(path))
                .inScenario("throttled")
                .whenScenarioStateIs("throttled once")
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            FakeMicrosoft.json(
                                "drive-item.json",
                                Map.of(
                                    "driveId",
                                    DRIVE,
                                    "itemId",
                                    "ITEM-4",
                                    "name",
                                    "Throttled.xlsx",
                                    "size",
                                    content.length)))));

    long started = System.nanoTime();
    DriveFile file =
        oneDrive.upload(
            GraphAccess.app(null),
            UploadTarget.userOneDrive(USER, "Reports"),
            "Throttled.xlsx",
            new ByteArrayResource(content),
            content.length);
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(file.id()).isEqualTo("ITEM-4");
    var puts = microsoft.server().findAll(putRequestedFor(urlPathEqualTo(path)));
    assertThat(puts)
        .hasSize(3)
        .allSatisfy(request -> assertThat(request.getBody()).isEqualTo(content));
    assertThat(elapsedMillis)
        .as("waited the second the 429's Retry-After asked for")
        .isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void aChunkThatFailsIsResumedFromWhereTheSessionSaysItStands() {
    byte[] content = bytes((int) (3 * UNIT));
    String session =
        "/v1.0/drives/"
            + DRIVE_IN_PATH
            + "/items/root%3A%2FReports%2FResumed.xlsx%3A/createUploadSession";
    microsoft
        .server()
        .stubFor(
            post(urlEqualTo(session))
                .willReturn(
                    okJson(
                        FakeMicrosoft.json(
                            "upload-session.json",
                            Map.of("uploadUrl", microsoft.uploadUrl("s2"))))));
    stubChunk(
        "s2", 0, UNIT - 1, content.length, 202, "{\"nextExpectedRanges\":[\"" + UNIT + "-\"]}");
    // The second chunk breaks off; the session then says it kept half of it
    long kept = UNIT + UNIT / 2;
    stubChunk("s2", UNIT, 2 * UNIT - 1, content.length, 500, "");
    microsoft
        .server()
        .stubFor(
            get(urlEqualTo("/upload/s2"))
                .willReturn(
                    okJson(
                        FakeMicrosoft.json("upload-session-status.json", Map.of("next", kept)))));
    stubChunk(
        "s2",
        kept,
        kept + UNIT - 1,
        content.length,
        202,
        "{\"nextExpectedRanges\":[\"" + (kept + UNIT) + "-\"]}");
    stubChunk(
        "s2",
        kept + UNIT,
        content.length - 1,
        content.length,
        201,
        FakeMicrosoft.json(
            "drive-item.json",
            Map.of(
                "driveId",
                DRIVE,
                "itemId",
                "ITEM-5",
                "name",
                "Resumed.xlsx",
                "size",
                content.length)));

    DriveFile file =
        oneDrive.upload(
            GraphAccess.app(null),
            UploadTarget.userOneDrive(USER, "Reports"),
            "Resumed.xlsx",
            new ByteArrayResource(content),
            content.length);

    assertThat(file.id()).isEqualTo("ITEM-5");
    var chunks = chunks("s2");
    assertThat(chunks)
        .extracting(request -> request.getHeader("Content-Range"))
        .containsExactly(
            "bytes 0-" + (UNIT - 1) + "/" + content.length,
            "bytes " + UNIT + "-" + (2 * UNIT - 1) + "/" + content.length,
            "bytes " + kept + "-" + (kept + UNIT - 1) + "/" + content.length,
            "bytes " + (kept + UNIT) + "-" + (content.length - 1) + "/" + content.length);
    assertThat(chunks.get(2).getBody())
        .isEqualTo(Arrays.copyOfRange(content, (int) kept, (int) (kept + UNIT)));
    assertThat(chunks.get(3).getBody())
        .isEqualTo(Arrays.copyOfRange(content, (int) (kept + UNIT), content.length));
    assertThat(microsoft.server().findAll(getRequestedFor(urlEqualTo("/upload/s2"))))
        .hasSize(1)
        .allSatisfy(request -> assertThat(request.containsHeader("Authorization")).isFalse());
  }

  @Test
  void anUploadWhoseSessionIsGoneFailsSayingSoAndIsCancelled() {
    byte[] content = bytes((int) (2 * UNIT));
    String session =
        "/v1.0/drives/"
            + DRIVE_IN_PATH
            + "/items/root%3A%2FReports%2FLost.xlsx%3A/createUploadSession";
    microsoft
        .server()
        .stubFor(
            post(urlEqualTo(session))
                .willReturn(
                    okJson(
                        FakeMicrosoft.json(
                            "upload-session.json",
                            Map.of("uploadUrl", microsoft.uploadUrl("s3"))))));
    stubChunk(
        "s3",
        0,
        UNIT - 1,
        content.length,
        404,
        FakeMicrosoft.json("error-item-not-found.json", Map.of()));
    microsoft
        .server()
        .stubFor(
            get(urlEqualTo("/upload/s3"))
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(FakeMicrosoft.json("error-item-not-found.json", Map.of()))));
    microsoft
        .server()
        .stubFor(delete(urlEqualTo("/upload/s3")).willReturn(aResponse().withStatus(204)));

    assertThatThrownBy(
            () ->
                oneDrive.upload(
                    GraphAccess.app(null),
                    UploadTarget.userOneDrive(USER, "Reports"),
                    "Lost.xlsx",
                    new ByteArrayResource(content),
                    content.length))
        .isInstanceOf(GraphCallException.class)
        .hasMessageContaining("Lost.xlsx")
        .hasMessageContaining("could not be resumed")
        .satisfies(e -> assertThat(((GraphCallException) e).status()).isEqualTo(404));
    microsoft.server().verify(1, deleteRequestedFor(urlEqualTo("/upload/s3")));
  }

  @Test
  void aFolderIsListedAcrossEveryPage() {
    String children = "/v1.0/drives/" + DRIVE_IN_PATH + "/items/root%3A%2FReports%3A/children";
    String next =
        microsoft.graphBaseUrl()
            + "/drives/"
            + DRIVE_IN_PATH
            + "/items/root%3A%2FReports%3A/children?$skiptoken=p2";
    microsoft
        .server()
        .stubFor(
            get(urlEqualTo(children))
                .willReturn(
                    okJson(
                        FakeMicrosoft.json(
                            "children-page-1.json", Map.of("driveId", DRIVE, "nextLink", next)))));
    microsoft
        .server()
        .stubFor(
            get(urlEqualTo(children + "?$skiptoken=p2"))
                .willReturn(
                    okJson(FakeMicrosoft.json("children-page-2.json", Map.of("driveId", DRIVE)))));

    var files = oneDrive.files(GraphAccess.app(null), UploadTarget.userOneDrive(USER, "Reports"));

    assertThat(files)
        .extracting(DriveFile::name)
        .containsExactly("Portfolio 2026-11.xlsx", "Archive", "Portfolio 2026-10.xlsx");
    microsoft
        .server()
        .verify(
            getRequestedFor(urlEqualTo(children + "?$skiptoken=p2"))
                .withHeader("Authorization", equalTo("Bearer app-token-1")));
  }

  @Test
  void aFolderConfiguredToReplaceSaysSoForSmallAndLargeFiles() {
    var replacing = oneDrive(DataSize.ofKilobytes(100), ConflictBehavior.REPLACE);
    String path = "/v1.0/drives/" + DRIVE + "/root:/Reports/Same.xlsx:/content";
    microsoft
        .server()
        .stubFor(
            put(urlPathEqualTo(path))
                .willReturn(
                    aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            FakeMicrosoft.json(
                                "drive-item.json",
                                Map.of(
                                    "driveId",
                                    DRIVE,
                                    "itemId",
                                    "ITEM-6",
                                    "name",
                                    "Same.xlsx",
                                    "size",
                                    5)))));
    String session =
        "/v1.0/drives/"
            + DRIVE_IN_PATH
            + "/items/root%3A%2FReports%2FLarge.xlsx%3A/createUploadSession";
    microsoft
        .server()
        .stubFor(
            post(urlEqualTo(session))
                .willReturn(
                    okJson(
                        FakeMicrosoft.json(
                            "upload-session.json",
                            Map.of("uploadUrl", microsoft.uploadUrl("s4"))))));
    byte[] large = bytes((int) UNIT);
    stubChunk(
        "s4",
        0,
        UNIT - 1,
        large.length,
        201,
        FakeMicrosoft.json(
            "drive-item.json",
            Map.of(
                "driveId", DRIVE, "itemId", "ITEM-7", "name", "Large.xlsx", "size", large.length)));

    replacing.upload(
        GraphAccess.app(null),
        UploadTarget.userOneDrive(USER, "Reports"),
        "Same.xlsx",
        new ByteArrayResource(bytes(5)),
        5);
    replacing.upload(
        GraphAccess.app(null),
        UploadTarget.userOneDrive(USER, "Reports"),
        "Large.xlsx",
        new ByteArrayResource(large),
        large.length);

    assertThat(
            only(microsoft.server().findAll(putRequestedFor(urlPathEqualTo(path))))
                .queryParameter("@microsoft.graph.conflictBehavior")
                .firstValue())
        .isEqualTo("replace");
    microsoft
        .server()
        .verify(
            postRequestedFor(urlEqualTo(session))
                .withRequestBody(
                    matchingJsonPath(
                        "$.item['@microsoft.graph.conflictBehavior']", equalTo("replace"))));
  }

  @Test
  void anErrorPageThatIsNotGraphsStillFailsAsAGraphCall() {
    String path = "/v1.0/drives/" + DRIVE + "/root:/Reports/Proxy.xlsx:/content";
    microsoft
        .server()
        .stubFor(
            put(urlPathEqualTo(path))
                .willReturn(
                    aResponse()
                        .withStatus(502)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Bad gateway</body></html>")));

    assertThatThrownBy(
            () ->
                oneDrive.upload(
                    GraphAccess.app(null),
                    UploadTarget.userOneDrive(USER, "Reports"),
                    "Proxy.xlsx",
                    new ByteArrayResource(bytes(3)),
                    3))
        .isInstanceOf(GraphCallException.class)
        .hasMessageStartingWith(
            "Uploading Proxy.xlsx failed: Microsoft Graph, or a proxy in the way");
  }

  @Test
  void withoutACredentialGraphIsPlainlyUnavailable() {
    var settings =
        new MicrosoftSettings(
            FakeMicrosoft.CLIENT_ID,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    var unconfigured = new OneDrive(new GraphClients(settings), settings);

    assertThatThrownBy(
            () ->
                unconfigured.upload(
                    GraphAccess.app("x"),
                    UploadTarget.userOneDrive(USER, "Reports"),
                    "a.xlsx",
                    new ByteArrayResource(bytes(1)),
                    1))
        .isInstanceOf(MicrosoftUnavailableException.class)
        .hasMessageContaining("STEWARD_MICROSOFT_CLIENT_SECRET");
  }

  private void stubChunk(
      String session, long start, long end, long total, int status, String body) {
    microsoft
        .server()
        .stubFor(
            put(urlEqualTo("/upload/" + session))
                .withHeader("Content-Range", equalTo("bytes " + start + "-" + end + "/" + total))
                .withHeader("Authorization", absent())
                .willReturn(
                    aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
  }

  private List<LoggedRequest> chunks(String session) {
    return microsoft.server().findAll(putRequestedFor(urlEqualTo("/upload/" + session)));
  }

  private static byte[] concatenated(List<LoggedRequest> requests) {
    var out = new java.io.ByteArrayOutputStream();
    requests.forEach(request -> out.writeBytes(request.getBody()));
    return out.toByteArray();
  }

  private static byte[] bytes(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
