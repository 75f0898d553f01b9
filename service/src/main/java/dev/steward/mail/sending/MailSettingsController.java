package dev.steward.mail.sending;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/mail/settings")
@Tag(name = "Campaign mail")
class MailSettingsController {

  private final FirmMailSettingsStore store;
  private final Transports transports;

  MailSettingsController(FirmMailSettingsStore store, Transports transports) {
    this.store = store;
    this.transports = transports;
  }

  @GetMapping("/status")
  @Operation(summary = "Whether SMTP and Microsoft 365 can send from this service, and why not")
  MailTransportStatus status() {
    return transports.status(store.current());
  }

  @GetMapping
  @Operation(summary = "How the firm sends campaign mail")
  FirmMailSettings get() {
    return store.current();
  }

  @PutMapping
  @Operation(
      summary = "Changes how the firm sends campaign mail, its rate and its cap per send (admin)")
  FirmMailSettings save(@Valid @RequestBody FirmMailSettings settings) {
    return store.save(settings);
  }
}
