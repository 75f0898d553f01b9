package dev.steward.microsoft;

import dev.steward.microsoft.MicrosoftConnectionCheck.Check;
import dev.steward.microsoft.MicrosoftConnectionCheck.Status;
import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * The connection check's app-only token: asks Entra for a token by the client credentials, and
 * turns each refusal into the setting to change.
 */
class AppTokenCheck {

  /** The check, and the token when Entra issued one. */
  record TokenCheck(Check check, String token) {}

  private final MicrosoftSettings settings;
  private final ConnectionProbe probe;

  AppTokenCheck(MicrosoftSettings settings, ConnectionProbe probe) {
    this.settings = settings;
    this.probe = probe;
  }

  TokenCheck run(String tenant) {
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
            + ConnectionProbe.encode(settings.clientId())
            + "&client_secret="
            + ConnectionProbe.encode(settings.clientSecret())
            + "&scope="
            + ConnectionProbe.encode(settings.graphScope());
    HttpResponse<String> answer;
    try {
      answer = probe.postForm(url, form);
    } catch (IOException e) {
      return new TokenCheck(
          ConnectionProbe.unreachable("app-token", title, settings.authorityHost(), e), null);
    }
    if (answer.statusCode() == 200) {
      String token = probe.json(answer.body()).path("access_token").asString("");
      return new TokenCheck(
          new Check("app-token", title, Status.OK, "Microsoft issued Steward a token."), token);
    }
    String code = probe.aadsts(answer.body());
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
                  + ConnectionProbe.firstLine(probe.description(answer.body()));
        };
    return new TokenCheck(new Check("app-token", title, Status.PROBLEM, detail), null);
  }
}
