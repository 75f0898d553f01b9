package dev.steward.microsoft;

import dev.steward.microsoft.MicrosoftConnectionCheck.Check;
import dev.steward.microsoft.MicrosoftConnectionCheck.Status;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The connection check's Graph call with the app-only token, and which of the application
 * permissions the features use an admin has consented to.
 */
class GraphConsentCheck {

  /** Application permissions the features use, each with what it turns on. */
  static final Map<String, String> APPLICATION_PERMISSIONS =
      Map.of(
          "Mail.Read", "reply detection",
          "Mail.Send", "campaign mail sent from Microsoft 365",
          "Mail.ReadWrite", "campaign mail sent from Microsoft 365",
          "Sites.Selected", "scheduled reports saved to SharePoint");

  private final MicrosoftSettings settings;
  private final ConnectionProbe probe;

  GraphConsentCheck(MicrosoftSettings settings, ConnectionProbe probe) {
    this.settings = settings;
    this.probe = probe;
  }

  Check run(String token) {
    String title = "Microsoft Graph and admin consent";
    if (token == null) {
      return new Check(
          "graph", title, Status.SKIPPED, "Checked once Steward's own access above works.");
    }
    var granted = new TreeSet<String>();
    try {
      String[] parts = token.split("\\.");
      JsonNode claims = probe.json(Base64.getUrlDecoder().decode(parts[1]));
      claims.path("roles").forEach(role -> granted.add(role.asString()));
    } catch (RuntimeException e) {
      // An opaque token names no roles; Graph's answer below still tells.
    }
    HttpResponse<String> answer;
    try {
      answer = probe.get(settings.graphBaseUrl() + "/organization?$select=id,displayName", token);
    } catch (IOException e) {
      return ConnectionProbe.unreachable("graph", title, settings.graphBaseUrl(), e);
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
}
