package dev.steward.microsoft;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.NullMarked;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the Microsoft 365 connection live, as an admin sets it up: the client id, the accepted
 * audience, the Entra authority's OpenID metadata and signing keys, an app-only token by the client
 * credentials, and a Graph call with it, with the application permissions the tenant consented to.
 * Each check says what is wrong in plain words and which setting to change.
 */
class MicrosoftConnectionCheck {

  /** Application permissions the features use, each with what it turns on. */
  static final Map<String, String> APPLICATION_PERMISSIONS =
      Map.of(
          "Mail.Read", "reply detection",
          "Mail.Send", "campaign mail sent from Microsoft 365",
          "Mail.ReadWrite", "campaign mail sent from Microsoft 365",
          "Sites.Selected", "scheduled reports saved to SharePoint");

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
  private static final Pattern AADSTS = Pattern.compile("AADSTS(\\d+)");

  enum Status {
    OK,
    PROBLEM,
    SKIPPED
  }

  @NullMarked
  record Check(String id, String title, Status status, String detail) {}

  @NullMarked
  record Report(boolean connected, List<Check> checks) {}

  private final MicrosoftSettings settings;
  private final String signInClientId;
  private final List<String> audience;
  private final HttpClient http;
  private final JsonMapper json = JsonMapper.builder().build();

  MicrosoftConnectionCheck(
      MicrosoftSettings settings, String signInClientId, List<String> audience) {
    this.settings = settings;
    this.signInClientId = signInClientId == null ? "" : signInClientId.strip();
    this.audience = audience == null ? List.of() : audience;
    var trust = TrustedCertificates.of(settings.trustedCertificates());
    this.http =
        HttpClient.newBuilder()
            .sslContext(trust.sslContext())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  Report run() {
    List<Check> checks = new ArrayList<>();
    checks.add(clientId());
    checks.add(audience());
    String tenant = settings.tenantId().isEmpty() ? "organizations" : settings.tenantId();
    checks.add(metadata(tenant));
    String token = null;
    if (!settings.tenantId().isEmpty()) {
      var tokenCheck = appToken(settings.tenantId());
      checks.add(tokenCheck.check());
      token = tokenCheck.token();
    } else {
      checks.add(
          new Check(
              "app-token",
              "Steward's own access to Microsoft 365",
              Status.SKIPPED,
              "No Microsoft tenant is set for work Steward does as itself (reply detection, "
                  + "scheduled reports, campaign mail): set STEWARD_MICROSOFT_TENANT_ID to your tenant's "
                  + "Directory (tenant) ID."));
    }
    checks.add(graph(token));
    boolean connected = checks.stream().noneMatch(check -> check.status() == Status.PROBLEM);
    return new Report(connected, checks);
  }

  private Check clientId() {
    String title = "Application (client) ID";
    String id = settings.clientId();
    if (id.isEmpty()) {
      return new Check(
          "client-id",
          title,
          Status.PROBLEM,
          "No client id is set: set STEWARD_ENTRA_CLIENT_ID to the Application (client) ID shown on "
              + "the Overview page of Steward's app registration in Entra ID.");
    }
    if (!GUID.matcher(id).matches()) {
      return new Check(
          "client-id",
          title,
          Status.PROBLEM,
          "'"
              + id
              + "' is not an Application (client) ID: it looks like "
              + "1a2b3c4d-0000-0000-0000-000000000000 (Entra ID, App registrations, Steward, Overview). "
              + "A secret's value or the Object ID is a different thing.");
    }
    if (!signInClientId.isEmpty() && !signInClientId.equalsIgnoreCase(id)) {
      return new Check(
          "client-id",
          title,
          Status.OK,
          "Sign-in uses "
              + signInClientId
              + " and Graph uses "
              + id
              + " (STEWARD_MICROSOFT_CLIENT_ID): two registrations, as set.");
    }
    return new Check("client-id", title, Status.OK, id);
  }

  private Check audience() {
    String title = "Audience of sign-in tokens";
    if (signInClientId.isEmpty()) {
      return new Check(
          "audience",
          title,
          Status.PROBLEM,
          "Microsoft sign-in is off: STEWARD_ENTRA_CLIENT_ID is not set, so Outlook and Excel cannot "
              + "sign users in with their Microsoft account.");
    }
    var expected = List.of(signInClientId, "api://" + signInClientId);
    if (audience.stream().noneMatch(value -> expected.contains(value))) {
      return new Check(
          "audience",
          title,
          Status.PROBLEM,
          "STEWARD_ENTRA_AUDIENCE is "
              + String.join(", ", audience)
              + ", but tokens for Steward's API carry "
              + expected.get(1)
              + " (or "
              + expected.get(0)
              + "): every Microsoft sign-in would be refused. Leave STEWARD_ENTRA_AUDIENCE unset, or "
              + "set it to the Application ID URI under Expose an API.");
    }
    return new Check("audience", title, Status.OK, String.join(", ", audience));
  }

  private Check metadata(String tenant) {
    String title = "Microsoft sign-in metadata";
    String url = settings.authorityHost() + "/" + tenant + "/v2.0/.well-known/openid-configuration";
    HttpResponse<String> answer;
    try {
      answer = get(url, null);
    } catch (IOException e) {
      return unreachable("metadata", title, settings.authorityHost(), e);
    }
    if (answer.statusCode() != 200) {
      String code = aadsts(answer.body());
      if ("90002".equals(code) || "900023".equals(code)) {
        return new Check(
            "metadata",
            title,
            Status.PROBLEM,
            "Microsoft does not know the tenant '"
                + tenant
                + "': check STEWARD_MICROSOFT_TENANT_ID (the Directory (tenant) ID on Entra ID's "
                + "Overview page).");
      }
      return new Check(
          "metadata",
          title,
          Status.PROBLEM,
          "The sign-in metadata at "
              + url
              + " answered "
              + answer.statusCode()
              + " instead of the OpenID configuration: check STEWARD_ENTRA_AUTHORITY_HOST.");
    }
    String jwksUri;
    try {
      jwksUri = json.readTree(answer.body()).path("jwks_uri").asString("");
    } catch (RuntimeException e) {
      jwksUri = "";
    }
    if (jwksUri.isEmpty()) {
      return new Check(
          "metadata",
          title,
          Status.PROBLEM,
          url
              + " is not an OpenID configuration (it names no signing keys): check "
              + "STEWARD_ENTRA_AUTHORITY_HOST, or a proxy that answers in Microsoft's place.");
    }
    try {
      var keys = get(jwksUri, null);
      if (keys.statusCode() != 200 || json.readTree(keys.body()).path("keys").isEmpty()) {
        return new Check(
            "metadata",
            title,
            Status.PROBLEM,
            "Microsoft's signing keys at "
                + jwksUri
                + " could not be read ("
                + keys.statusCode()
                + "): no Microsoft sign-in could be checked.");
      }
    } catch (IOException e) {
      return unreachable("metadata", title, jwksUri, e);
    }
    return new Check("metadata", title, Status.OK, "Read from " + url);
  }

  record TokenCheck(Check check, String token) {}

  private TokenCheck appToken(String tenant) {
    String title = "Steward's own access to Microsoft 365";
    if (settings.clientSecret().isEmpty()) {
      String detail =
          settings.certificate() != null
              ? "A certificate is set (STEWARD_MICROSOFT_CERTIFICATE): this page checks a client secret "
                  + "only; the certificate is tried at the first Graph call."
              : "No client secret or certificate is set, so Steward does nothing in Microsoft 365 as itself "
                  + "(reply detection, scheduled reports, campaign mail stay off): set "
                  + "STEWARD_MICROSOFT_CLIENT_SECRET.";
      return new TokenCheck(new Check("app-token", title, Status.SKIPPED, detail), null);
    }
    String url = settings.authorityHost() + "/" + tenant + "/oauth2/v2.0/token";
    String form =
        "grant_type=client_credentials&client_id="
            + encode(settings.clientId())
            + "&client_secret="
            + encode(settings.clientSecret())
            + "&scope="
            + encode(settings.graphScope());
    HttpResponse<String> answer;
    try {
      answer =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(20))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return new TokenCheck(unreachable("app-token", title, settings.authorityHost(), e), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new TokenCheck(
          new Check("app-token", title, Status.PROBLEM, "The check was interrupted."), null);
    }
    if (answer.statusCode() == 200) {
      String token = json.readTree(answer.body()).path("access_token").asString("");
      return new TokenCheck(
          new Check("app-token", title, Status.OK, "Microsoft issued Steward a token."), token);
    }
    String code = aadsts(answer.body());
    String detail =
        switch (code == null ? "" : code) {
          case "700016" ->
              "The application "
                  + settings.clientId()
                  + " is not found in the tenant "
                  + tenant
                  + ": check STEWARD_ENTRA_CLIENT_ID and STEWARD_MICROSOFT_TENANT_ID, or an admin of "
                  + "that tenant has not added Steward yet.";
          case "7000215" ->
              "The client secret is wrong: copy the secret's Value (not its Secret ID) into "
                  + "STEWARD_MICROSOFT_CLIENT_SECRET.";
          case "7000222" ->
              "The client secret has expired: make a new one under Certificates & secrets and put "
                  + "its Value in STEWARD_MICROSOFT_CLIENT_SECRET.";
          case "90002", "900023" ->
              "Microsoft does not know the tenant '"
                  + tenant
                  + "': check STEWARD_MICROSOFT_TENANT_ID.";
          case "1002012", "70011" ->
              "Microsoft refused the scope "
                  + settings.graphScope()
                  + ": leave STEWARD_MICROSOFT_GRAPH_SCOPE unset unless in a sovereign cloud.";
          default ->
              "Microsoft refused to issue a token ("
                  + answer.statusCode()
                  + (code == null ? "" : ", AADSTS" + code)
                  + "): "
                  + firstLine(description(answer.body()));
        };
    return new TokenCheck(new Check("app-token", title, Status.PROBLEM, detail), null);
  }

  private Check graph(String token) {
    String title = "Microsoft Graph and admin consent";
    if (token == null) {
      return new Check(
          "graph", title, Status.SKIPPED, "Checked once Steward's own access above works.");
    }
    var granted = new TreeSet<String>();
    try {
      String[] parts = token.split("\\.");
      JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
      claims.path("roles").forEach(role -> granted.add(role.asString()));
    } catch (RuntimeException e) {
      // An opaque token names no roles; Graph's answer below still tells.
    }
    HttpResponse<String> answer;
    try {
      answer = get(settings.graphBaseUrl() + "/organization?$select=id,displayName", token);
    } catch (IOException e) {
      return unreachable("graph", title, settings.graphBaseUrl(), e);
    }
    if (answer.statusCode() == 401) {
      return new Check(
          "graph",
          title,
          Status.PROBLEM,
          "Microsoft Graph refused Steward's token (401): the token is for another service; check "
              + "STEWARD_MICROSOFT_GRAPH_SCOPE and STEWARD_MICROSOFT_GRAPH_BASE_URL belong to the same "
              + "cloud.");
    }
    if (answer.statusCode() >= 500 || (answer.statusCode() != 200 && answer.statusCode() != 403)) {
      return new Check(
          "graph",
          title,
          Status.PROBLEM,
          "Microsoft Graph answered " + answer.statusCode() + ": try again in a few minutes.");
    }
    var missing =
        APPLICATION_PERMISSIONS.keySet().stream()
            .filter(permission -> !granted.contains(permission))
            .sorted()
            .toList();
    if (granted.stream().noneMatch(APPLICATION_PERMISSIONS::containsKey)) {
      return new Check(
          "graph",
          title,
          Status.PROBLEM,
          "Graph answers, but no admin has consented to any of Steward's application permissions ("
              + String.join(", ", missing)
              + "): an admin of the tenant opens Entra ID, App registrations, Steward, API "
              + "permissions, and chooses Grant admin consent.");
    }
    if (!missing.isEmpty()) {
      var off = new TreeSet<>(missing.stream().map(APPLICATION_PERMISSIONS::get).toList());
      return new Check(
          "graph",
          title,
          Status.OK,
          "Consented: "
              + String.join(", ", granted)
              + ". Not consented: "
              + String.join(", ", missing)
              + ", so these stay off: "
              + String.join("; ", off)
              + ".");
    }
    return new Check("graph", title, Status.OK, "Consented: " + String.join(", ", granted));
  }

  private HttpResponse<String> get(String url, String token) throws IOException {
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

  private static Check unreachable(String id, String title, String where, IOException e) {
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

  private String aadsts(String body) {
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

  private String description(String body) {
    try {
      return json.readTree(body).path("error_description").asString(body);
    } catch (RuntimeException e) {
      return body == null ? "" : body;
    }
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
