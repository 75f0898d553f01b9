package dev.steward.microsoft;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Microsoft 365")
class MicrosoftConnectionController {

  private final MicrosoftConnectionCheck check;

  MicrosoftConnectionController(MicrosoftSettings settings, Environment environment) {
    // Sign-in's own settings (steward.entra.*), read as they are bound, with their defaults.
    var binder = Binder.get(environment);
    String signInClientId = binder.bind("steward.entra.client-id", String.class).orElse("");
    List<String> audience =
        binder
            .bind("steward.entra.audience", Bindable.listOf(String.class))
            .orElseGet(
                () ->
                    signInClientId.isBlank()
                        ? List.of()
                        : List.of(signInClientId.strip(), "api://" + signInClientId.strip()));
    this.check = new MicrosoftConnectionCheck(settings, signInClientId, audience);
  }

  @GetMapping("/api/microsoft/connection")
  @Operation(
      summary =
          "Checks the Microsoft 365 connection live: client id, audience, sign-in metadata, "
              + "Steward's own token and Graph consent (admin)")
  MicrosoftConnectionCheck.Report check() {
    return check.run();
  }
}
