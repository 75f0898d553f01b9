package dev.steward.identity;

import dev.steward.identity.entra.EntraSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the web app and the add-ins need to know before anyone signs in. */
@RestController
@Tag(name = "Sign-in")
class ConfigController {

  private final EntraSettings entra;

  ConfigController(EntraSettings entra) {
    this.entra = entra;
  }

  @GetMapping("/api/config")
  @Operation(summary = "Public: how to sign in (local always; Microsoft when Entra is configured)")
  PublicConfig config() {
    if (!entra.enabled()) {
      return new PublicConfig(true, null);
    }
    String authority =
        entra.authorityHost().replaceAll("/$", "")
            + "/"
            + (entra.allowedTenants().size() == 1
                ? entra.allowedTenants().get(0)
                : "organizations");
    // Apps ask for the scope under the API's Application ID URI; the audience list starts with the
    // bare client id,
    // which is what v2 tokens carry in aud, not a scope prefix.
    String applicationIdUri =
        entra.audience().stream()
            .filter(audience -> audience.startsWith("api://"))
            .findFirst()
            .orElse("api://" + entra.clientId());
    return new PublicConfig(
        true,
        new Microsoft(
            entra.clientId(), authority, List.of(applicationIdUri + "/" + entra.requiredScope())));
  }

  @NullMarked
  record PublicConfig(boolean localSignIn, @Nullable Microsoft microsoft) {}

  @NullMarked
  record Microsoft(String clientId, String authority, List<String> scopes) {}
}
