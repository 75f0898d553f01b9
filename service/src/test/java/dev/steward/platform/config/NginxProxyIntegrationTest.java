package dev.steward.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import dev.steward.StewardApplication;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Steward behind Debian's nginx running {@code infra/nginx/steward.conf} as shipped, with only its
 * ports, upstream address and certificate swapped for the test's. nginx connects from 127.0.0.2,
 * the one trusted proxy ({@code STEWARD_TRUSTED_PROXIES}); the client from 127.0.0.1, and it claims
 * another address in its own X-Forwarded-For. The audit log records the client's real address, and
 * an import's server-sent events arrive through nginx while the stream is still open, uncompressed
 * even where the server's nginx compresses text.
 */
class NginxProxyIntegrationTest {

  private static final String ADMIN = "proxy-admin@example.com";
  private static final String PASSWORD = "Quiet-Harbour-Lantern-42";

  @TempDir static Path folder;

  private static ConfigurableApplicationContext service;
  private static Process nginx;
  private static int tlsPort;
  private static HttpClient client;

  @BeforeAll
  static void startBehindNginx() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/sbin/nginx")),
        "Debian's nginx is not installed (.ci/run installs it)");
    service =
        new SpringApplicationBuilder(StewardApplication.class)
            .properties(
                "server.port=0",
                "steward.data-dir=" + folder.resolve("data-" + UUID.randomUUID()),
                "steward.db.embedded-ephemeral=true",
                "steward.trusted-proxies=127.0.0.2",
                "steward.admin-email=" + ADMIN,
                "steward.admin-password=" + PASSWORD,
                "steward.jobs.enabled=false")
            .run();
    var pem = SelfSignedPem.create(folder);
    tlsPort = freePort();
    String conf =
        Files.readString(Path.of("../infra/nginx/steward.conf"))
            .replace(
                "server 127.0.0.1:8080;",
                "server 127.0.0.1:"
                    + service.getEnvironment().getProperty("local.server.port")
                    + ";")
            .replace("listen 443 ssl http2;", "listen 127.0.0.1:" + tlsPort + " ssl http2;")
            .replace("listen [::]:443 ssl http2;", "")
            .replace("listen 80;", "listen 127.0.0.1:" + freePort() + ";")
            .replace("listen [::]:80;", "")
            .replace("/etc/ssl/certs/crm.example.com.pem", pem.certificate().toString())
            .replace("/etc/ssl/private/crm.example.com.key", pem.privateKey().toString())
            .replace(
                "proxy_http_version 1.1;", "proxy_http_version 1.1;\n    proxy_bind 127.0.0.2;");
    Path work = Files.createDirectories(folder.resolve("nginx"));
    Files.writeString(work.resolve("steward.conf"), conf);
    Files.writeString(
        work.resolve("nginx.conf"),
        """
        daemon off;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log;
        events {}
        http {
            access_log off;
            # As a server's own nginx.conf may have it: compression of every text type, events included.
            gzip on;
            gzip_types text/plain text/css application/json text/event-stream;
            client_body_temp_path %1$s/body;
            proxy_temp_path %1$s/proxy;
            fastcgi_temp_path %1$s/fastcgi;
            uwsgi_temp_path %1$s/uwsgi;
            scgi_temp_path %1$s/scgi;
            include %1$s/steward.conf;
        }
        """
            .formatted(work));
    nginx =
        new ProcessBuilder(
                "/usr/sbin/nginx",
                "-p",
                work.toString(),
                "-c",
                work.resolve("nginx.conf").toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("stdout.log").toFile())
            .start();
    waitForPort(tlsPort, work);

    client =
        HttpClient.newBuilder()
            .sslContext(pem.trustingIt())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  @AfterAll
  static void stop() throws Exception {
    if (nginx != null) {
      nginx.destroy();
      nginx.waitFor(10, TimeUnit.SECONDS);
    }
    if (service != null) {
      service.close();
    }
  }

  @Test
  void theAuditLogRecordsTheClientsAddressNotTheProxysNorTheOneItClaims() throws Exception {
    var signIn =
        client.send(
            HttpRequest.newBuilder(url("/api/auth/login"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "203.0.113.7")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
    assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isPresent();

    var environment = service.getEnvironment();
    try (var connection =
            DriverManager.getConnection(
                environment.getProperty("spring.flyway.url"),
                environment.getProperty("spring.flyway.user"),
                environment.getProperty("spring.flyway.password"));
        var query =
            connection.prepareStatement(
                "select host(client_ip) from audit_log where action = 'auth.sign_in'"
                    + " order by occurred_at desc limit 1");
        var row = query.executeQuery()) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void anImportsProgressEventsArriveThroughNginxWhileTheStreamIsOpen() throws Exception {
    String token =
        JsonPath.read(
            client
                .send(
                    HttpRequest.newBuilder(url("/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(
                            HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body(),
            "$.accessToken");
    var created =
        client.send(
            HttpRequest.newBuilder(url("/api/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
            {"workbookName":"Proxy.xlsx","sheetName":"Clients","header":["First name","Last name","Email"],
             "rows":[["Ann","Proxy","ann.proxy@example.com"]],"headerRow":1,"startRow":2,"complete":true}"""))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = JsonPath.read(created.body(), "$.id");

    var events =
        client.send(
            HttpRequest.newBuilder(url("/api/imports/" + id + "/events"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(events.statusCode()).isEqualTo(200);
    assertThat(events.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    var reader = Executors.newSingleThreadExecutor();
    var lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8));
    try {
      // The job is ready and not committed, so Steward keeps the stream open: the event can only be
      // read here if
      // nginx passed it on at once, neither buffered nor held back by compression (which the http
      // block turns on).
      var first =
          reader.submit(
              () -> {
                String line;
                while ((line = lines.readLine()) != null) {
                  if (line.startsWith("data:")) {
                    return line;
                  }
                }
                return null;
              });
      assertThat(first.get(20, TimeUnit.SECONDS)).contains("\"status\":\"ready\"").contains(id);
    } finally {
      // The stream itself, not the reader, which the reading thread holds.
      events.body().close();
      reader.shutdownNow();
    }
  }

  private static URI url(String path) {
    return URI.create("https://127.0.0.1:" + tlsPort + path);
  }

  private static int freePort() throws Exception {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void waitForPort(int port, Path work) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      try (var socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (java.io.IOException notYet) {
        if (!nginx.isAlive()) {
          throw new IllegalStateException(
              "nginx stopped: " + Files.readString(work.resolve("stdout.log")));
        }
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("nginx did not listen on " + port);
  }
}
