package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import dev.steward.identity.Users;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.Tenants;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Imports over a real port, for what only a request through the servlet container shows (MockMvc
 * parses no multipart body): a firm of its own, its admin signed in, uploads as a browser sends
 * them.
 */
final class HttpImports {

  static final String BOUNDARY = "steward-test-boundary";

  final HttpClient client = HttpClient.newHttpClient();
  final int port;
  final UUID firm;
  private final String accessToken;

  private HttpImports(int port, UUID firm, String accessToken) {
    this.port = port;
    this.firm = firm;
    this.accessToken = accessToken;
  }

  /** A new firm on the service at {@code port}, its admin signed in. */
  static HttpImports signIn(int port, Tenants tenants, Users users) throws Exception {
    String subdomain = "h" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    UUID firm = tenants.create("Import firm " + subdomain, subdomain).id();
    String email = "admin-" + UUID.randomUUID() + "@example.com";
    CurrentTenant.runAs(
        firm, () -> users.createLocal(email, "Admin", Role.ADMIN, IntegrationTest.PASSWORD));
    var client = HttpClient.newHttpClient();
    var response =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
            {"email":"%s","password":"%s","firm":"%s"}"""
                            .formatted(email, IntegrationTest.PASSWORD, subdomain)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new HttpImports(port, firm, JsonPath.read(response.body(), "$.accessToken"));
  }

  String accessToken() {
    return accessToken;
  }

  /** Uploads {@code content} as the multipart field {@code file}, as a browser does. */
  HttpResponse<String> upload(String name, byte[] content) throws Exception {
    return upload(name, () -> new ByteArrayInputStream(content));
  }

  /**
   * Uploads a body streamed from {@code content}, never held whole (sent chunked, without a
   * length).
   */
  HttpResponse<String> upload(String name, Supplier<InputStream> content) throws Exception {
    return client.send(
        HttpRequest.newBuilder(url("/api/imports"))
            .header("Authorization", "Bearer " + accessToken)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () ->
                        new SequenceInputStream(
                            java.util.Collections.enumeration(
                                List.of(
                                    new ByteArrayInputStream(partHead(name)),
                                    content.get(),
                                    new ByteArrayInputStream(partTail()))))))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static byte[] partHead(String name) {
    return ("--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] partTail() {
    return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    return client.send(
        HttpRequest.newBuilder(url(path))
            .header("Authorization", "Bearer " + accessToken)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + accessToken).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The firm's imports, as the list shows them. */
  String imports() throws Exception {
    var response = get("/api/imports");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
