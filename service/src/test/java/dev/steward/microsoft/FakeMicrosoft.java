package dev.steward.microsoft;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.unit.DataSize;

/**
 * WireMock playing Microsoft over HTTPS: the Entra authority's token endpoint and Microsoft Graph,
 * on one server whose certificate (made here for localhost) Steward is told to trust, as an
 * operator would for a TLS-inspecting proxy. azure-identity refuses a plain-http authority, so this
 * is the only way to let it talk to a fake one.
 */
public final class FakeMicrosoft implements AutoCloseable {

  public static final String CLIENT_ID = "5b0a7c3e-2f41-4d8a-9c6e-1a2b3c4d5e6f";
  public static final String CLIENT_SECRET = "test-client-secret";
  public static final String APP_TENANT = "0f6f3a6e-8b1c-4d2e-9a7b-6c5d4e3f2a1b";

  private static final String PASSWORD = "test-only";

  private final WireMockServer server;
  private final Path certificatePem;
  private final BatchResponder batches;

  private FakeMicrosoft(WireMockServer server, Path certificatePem, BatchResponder batches) {
    this.server = server;
    this.certificatePem = certificatePem;
    this.batches = batches;
  }

  public static FakeMicrosoft start() {
    try {
      Path folder = Files.createTempDirectory("fake-microsoft");
      Path keystore = folder.resolve("localhost.p12");
      keytool(
          "-genkeypair",
          "-alias",
          "localhost",
          "-keyalg",
          "EC",
          "-groupname",
          "secp256r1",
          "-dname",
          "CN=localhost",
          "-ext",
          "SAN=dns:localhost,ip:127.0.0.1",
          "-validity",
          "2",
          "-storetype",
          "PKCS12",
          "-keystore",
          keystore.toString(),
          "-storepass",
          PASSWORD,
          "-keypass",
          PASSWORD);
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keystore)) {
        store.load(in, PASSWORD.toCharArray());
      }
      String pem =
          "-----BEGIN CERTIFICATE-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes())
                  .encodeToString(store.getCertificate("localhost").getEncoded())
              + "\n-----END CERTIFICATE-----\n";
      Path certificate = Files.writeString(folder.resolve("localhost.pem"), pem);
      var batches = new BatchResponder();
      var server =
          new WireMockServer(
              wireMockConfig()
                  .extensions(batches)
                  .dynamicPort()
                  .dynamicHttpsPort()
                  .keystorePath(keystore.toString())
                  .keystoreType("PKCS12")
                  .keystorePassword(PASSWORD)
                  .keyManagerPassword(PASSWORD));
      server.start();
      return new FakeMicrosoft(server, certificate, batches);
    } catch (Exception e) {
      throw new IllegalStateException("Could not start WireMock as Microsoft", e);
    }
  }

  public WireMockServer server() {
    return server;
  }

  public String authorityHost() {
    return "https://localhost:" + server.httpsPort();
  }

  public String graphBaseUrl() {
    return "https://localhost:" + server.httpsPort() + "/v1.0";
  }

  /**
   * An upload URL on this server, as Graph hands out (pre-authenticated, so it must be sent no
   * token).
   */
  public String uploadUrl(String session) {
    return "https://localhost:" + server.httpsPort() + "/upload/" + session;
  }

  /**
   * The PEM file of this server's certificate, for {@code steward.microsoft.trusted-certificates}.
   */
  public Path certificate() {
    return certificatePem;
  }

  /** Settings for Steward against this fake, with the given upload settings. */
  MicrosoftSettings settings(
      DataSize simpleUploadLimit, DataSize chunkSize, MicrosoftSettings.ConflictBehavior conflict) {
    return new MicrosoftSettings(
        CLIENT_ID,
        CLIENT_SECRET,
        null,
        null,
        APP_TENANT,
        authorityHost(),
        graphBaseUrl(),
        null,
        certificatePem,
        3,
        null,
        new MicrosoftSettings.Upload(simpleUploadLimit, chunkSize, conflict, 2));
  }

  /**
   * A fake for the Spring integration tests of one class: started now, stopped when the JVM exits
   * (the cached Spring context that points at it lives as long).
   */
  public static FakeMicrosoft startForSpringTests() {
    var microsoft = start();
    Runtime.getRuntime().addShutdownHook(new Thread(microsoft::close));
    return microsoft;
  }

  /** Points a Spring test context's Graph calls here (from a {@code @DynamicPropertySource}). */
  public void register(DynamicPropertyRegistry registry) {
    properties().forEach((name, value) -> registry.add(name, () -> value));
  }

  /** Properties that point a Spring context's Graph calls here. */
  public Map<String, String> properties() {
    var properties = new LinkedHashMap<String, String>();
    properties.put("steward.microsoft.client-id", CLIENT_ID);
    properties.put("steward.microsoft.client-secret", CLIENT_SECRET);
    properties.put("steward.microsoft.tenant-id", APP_TENANT);
    properties.put("steward.microsoft.authority-host", authorityHost());
    properties.put("steward.microsoft.graph-base-url", graphBaseUrl());
    properties.put("steward.microsoft.trusted-certificates", certificatePem.toString());
    return properties;
  }

  /**
   * Answers an app-only (client credentials) token request in {@code tenant} with {@code token}.
   */
  public void issuesAppToken(String tenant, String token) {
    server.stubFor(
        post(urlPathEqualTo("/" + tenant + "/oauth2/v2.0/token"))
            .withRequestBody(containing("grant_type=client_credentials"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(json("token.json", Map.of("token", token)))));
  }

  /** Answers an on-behalf-of token request in {@code tenant} with {@code token}. */
  public void issuesOnBehalfOfToken(String tenant, String token) {
    server.stubFor(
        post(urlPathEqualTo("/" + tenant + "/oauth2/v2.0/token"))
            .withRequestBody(containing("requested_token_use=on_behalf_of"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(json("token.json", Map.of("token", token)))));
  }

  /**
   * Answers {@code $batch} calls part by part, as {@code parts} decides from each part's "METHOD
   * url".
   */
  public void answersBatches(
      java.util.function.Function<String, tools.jackson.databind.node.ObjectNode> parts) {
    batches.parts = parts;
    server.stubFor(
        post(urlPathEqualTo("/v1.0/$batch"))
            .willReturn(aResponse().withTransformers("graph-batch")));
  }

  /** The token requests received in {@code tenant}, each as its form fields. */
  public List<Map<String, String>> tokenRequests(String tenant) {
    return server
        .findAll(
            com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/" + tenant + "/oauth2/v2.0/token")))
        .stream()
        .map(FakeMicrosoft::form)
        .toList();
  }

  /**
   * A recorded-shape Graph response from {@code graph/}, with its {@code {{placeholders}}} filled
   * in.
   */
  public static String json(String name, Map<String, ?> values) {
    try (InputStream in = FakeMicrosoft.class.getResourceAsStream("/graph/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No graph/" + name + " among the test resources");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (var value : values.entrySet()) {
        text = text.replace("{{" + value.getKey() + "}}", String.valueOf(value.getValue()));
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> form(LoggedRequest request) {
    var fields = new LinkedHashMap<String, String>();
    for (String pair : request.getBodyAsString().split("&")) {
      int equals = pair.indexOf('=');
      fields.put(
          URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }

  @Override
  public void close() {
    server.stop();
  }

  private static void keytool(String... arguments) throws IOException, InterruptedException {
    var command = new java.util.ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("keytool failed: " + output);
    }
  }
}
