package dev.steward.microsoft;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.NullMarked;

/**
 * Checks the Microsoft 365 connection live, as an admin sets it up: the client id, the accepted
 * audience, the Entra authority's OpenID metadata and signing keys, an app-only token by the client
 * credentials, and a Graph call with it, with the application permissions the tenant consented to.
 * Each check says what is wrong in plain words and which setting to change.
 */
class MicrosoftConnectionCheck {

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

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
  private final ConnectionProbe probe;
  private final AppTokenCheck appToken;
  private final GraphConsentCheck graph;

  MicrosoftConnectionCheck(
      MicrosoftSettings settings, String signInClientId, List<String> audience) {
    this.settings = settings;
    this.signInClientId = signInClientId == null ? "" : signInClientId.strip();
    this.audience = audience == null ? List.of() : audience;
    this.probe = new ConnectionProbe(settings);
    this.appToken = new AppTokenCheck(settings, probe);
    this.graph = new GraphConsentCheck(settings, probe);
  }

  Report run() {
    List<Check> checks = new ArrayList<>();
    checks.add(clientId());
    checks.add(audience());
    String tenant = settings.tenantId().isEmpty() ? "organizations" : settings.tenantId();
    checks.add(metadata(tenant));
    String token = null;
    if (!settings.tenantId().isEmpty()) {
      var tokenCheck = appToken.run(settings.tenantId());
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
    checks.add(graph.run(token));
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
      answer = probe.get(url, null);
    } catch (IOException e) {
      return ConnectionProbe.unreachable("metadata", title, settings.authorityHost(), e);
    }
    if (answer.statusCode() != 200) {
      String code = probe.aadsts(answer.body());
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
      jwksUri = probe.json(answer.body()).path("jwks_uri").asString("");
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
      var keys = probe.get(jwksUri, null);
      if (keys.statusCode() != 200 || probe.json(keys.body()).path("keys").isEmpty()) {
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
      return ConnectionProbe.unreachable("metadata", title, jwksUri, e);
    }
    return new Check("metadata", title, Status.OK, "Read from " + url);
  }
}
