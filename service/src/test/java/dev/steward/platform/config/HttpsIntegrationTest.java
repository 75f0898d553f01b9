package dev.steward.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.StewardApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole service started the way an operator would for sideloading: PEM certificate and key
 * named by {@code steward.tls.cert} / {@code steward.tls.key} (what {@code STEWARD_TLS_CERT} /
 * {@code STEWARD_TLS_KEY} bind to), reached over real HTTPS by a client that trusts only that
 * certificate.
 */
class HttpsIntegrationTest {

  @TempDir static Path folder;

  private static SelfSignedPem pem;
  private static ConfigurableApplicationContext service;
  private static HttpClient client;

  @BeforeAll
  static void startOverHttps() throws Exception {
    pem = SelfSignedPem.create(folder);
    service =
        new SpringApplicationBuilder(StewardApplication.class)
            .properties(
                "steward.tls.cert=" + pem.certificate(),
                "steward.tls.key=" + pem.privateKey(),
                "server.port=0",
                "steward.data-dir=" + folder.resolve("data-" + UUID.randomUUID()),
                "steward.db.embedded-ephemeral=true")
            .run();
    client = HttpClient.newBuilder().sslContext(pem.trustingIt()).build();
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void answersHealthOverHttpsWithTheGivenCertificate() throws Exception {
    var response =
        client.send(
            HttpRequest.newBuilder(url("/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"");
    assertThat(response.sslSession()).isPresent();
    assertThat(response.sslSession().get().getPeerCertificates()[0]).isEqualTo(pem.x509());
  }

  @Test
  void sendsHstsOverHttps() throws Exception {
    var response =
        client.send(
            HttpRequest.newBuilder(url("/actuator/health")).build(),
            HttpResponse.BodyHandlers.discarding());

    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(
            hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
  }

  @Test
  void refusesPlainHttpOnTheHttpsPort() {
    var plain = HttpClient.newHttpClient();
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/actuator/health"))
            .build();

    // Tomcat answers a plain request on a TLS port with a 400 or drops it; either way nothing is
    // served in clear.
    try {
      var response = plain.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body()).doesNotContain("UP");
    } catch (java.io.IOException | InterruptedException dropped) {
      assertThat(dropped).isNotNull();
    }
  }

  private static URI url(String path) {
    return URI.create("https://localhost:" + port() + path);
  }

  private static int port() {
    return ((WebServerApplicationContext) service).getWebServer().getPort();
  }
}
