package dev.steward.platform;

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
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code STEWARD_MANAGEMENT_PORT} set, Prometheus metrics are served on that port, on the
 * loopback address, and not on the public port, which keeps its probes. They cover requests, the
 * database pool, rate-limit refusals and import commits.
 */
class MetricsIntegrationTest {

  @TempDir static Path folder;

  private static ConfigurableApplicationContext service;
  private static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    service =
        new SpringApplicationBuilder(StewardApplication.class)
            .properties(
                "server.port=0",
                "steward.management.port=0",
                "steward.data-dir=" + folder.resolve("data-" + UUID.randomUUID()),
                "steward.db.embedded-ephemeral=true",
                "steward.auth.auth-requests-per-minute-per-ip=2",
                "steward.jobs.enabled=false")
            .run();
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void servesPrometheusMetricsOnTheLoopbackManagementPortOnly() throws Exception {
    for (int i = 0; i < 4; i++) {
      send(
          HttpRequest.newBuilder(publicUrl("/api/auth/login"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"email\":\"nobody-" + i + "@example.com\",\"password\":\"x\"}"))
              .build());
    }
    assertThat(send(HttpRequest.newBuilder(publicUrl("/api/config")).build()).statusCode())
        .isEqualTo(200);

    assertThat(service.getEnvironment().getProperty("management.server.address"))
        .isEqualTo("127.0.0.1");
    var metrics = send(HttpRequest.newBuilder(managementUrl("/actuator/prometheus")).build());
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("http_server_requests_seconds_count{")
        .contains("uri=\"/api/config\"")
        .contains("hikaricp_connections_max{")
        .contains("steward_rate_limit_refusals_total{limit=\"sign-in\"} 2.0")
        .contains("steward_import_commits_seconds_count{outcome=\"committed\"}")
        .contains("steward_import_rows_total")
        .contains("steward_mail_sends_total{result=\"sent\"}")
        .contains("steward_mail_sends_total{result=\"failed\"}")
        .contains("steward_mail_syncs_seconds_count{trigger=\"manual\"}")
        .contains("steward_mail_syncs_seconds_count{trigger=\"scheduled\"}")
        .contains("steward_reports_runs_seconds_count{kind=\"campaign\"}");
    assertThat(send(HttpRequest.newBuilder(managementUrl("/actuator/health")).build()).statusCode())
        .isEqualTo(200);

    assertThat(send(HttpRequest.newBuilder(publicUrl("/actuator/prometheus")).build()).body())
        .doesNotContain("http_server_requests");
    assertThat(send(HttpRequest.newBuilder(publicUrl("/readyz")).build()).statusCode())
        .isEqualTo(200);
    assertThat(send(HttpRequest.newBuilder(publicUrl("/livez")).build()).statusCode())
        .isEqualTo(200);
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static URI publicUrl(String path) {
    return URI.create(
        "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port") + path);
  }

  private static URI managementUrl(String path) {
    return URI.create(
        "http://127.0.0.1:" + service.getEnvironment().getProperty("local.management.port") + path);
  }
}
