package dev.steward.microsoft;

import dev.steward.microsoft.MicrosoftConnectionCheck.Check;
import dev.steward.microsoft.MicrosoftConnectionCheck.Status;
import dev.steward.platform.TrustedCertificates;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the connection check talks to Microsoft: plain HTTP with the configured trusted certificates
 * (no SDK, so that each failure can be told apart), and reading Entra's error answers (their AADSTS
 * code and description).
 */
class ConnectionProbe {

  private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

  private final HttpClient http;
  private final JsonMapper json = JsonMapper.builder().build();

  ConnectionProbe(MicrosoftSettings settings) {
    var trust =
        TrustedCertificates.of(
            settings.trustedCertificates(), "STEWARD_MICROSOFT_TRUSTED_CERTIFICATES");
    this.http =
        HttpClient.newBuilder()
            .sslContext(trust.sslContext())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  JsonNode json(String body) {
    return json.readTree(body);
  }

  JsonNode json(byte[] body) {
    return json.readTree(body);
  }

  /** Posts a form; {@link IOException} also when the wait is interrupted. */
  HttpResponse<String> postForm(String url, String form) throws IOException {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(20))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  HttpResponse<String> get(String url, String token) throws IOException {
    var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  static Check unreachable(String id, String title, String where, IOException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new Check(
        id,
        title,
        Status.PROBLEM,
        "Steward cannot reach "
            + where
            + " ("
            + why
            + "): check this server's internet access and proxy, or STEWARD_ENTRA_AUTHORITY_HOST.");
  }

  String aadsts(String body) {
    var matcher = AADSTS.matcher(body == null ? "" : body);
    if (matcher.find()) {
      return matcher.group(1);
    }
    try {
      var codes = json.readTree(body).path("error_codes");
      return codes.isEmpty() ? null : codes.get(0).asString();
    } catch (RuntimeException e) {
      return null;
    }
  }

  String description(String body) {
    try {
      return json.readTree(body).path("error_description").asString(body);
    } catch (RuntimeException e) {
      return body == null ? "" : body;
    }
  }

  static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
