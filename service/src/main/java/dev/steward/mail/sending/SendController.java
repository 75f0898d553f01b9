package dev.steward.mail.sending;

import dev.steward.identity.CurrentUser;
import dev.steward.identity.StewardPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/campaigns/{campaignId}/mail")
@Tag(name = "Campaign mail")
class SendController {

  private final SendService sends;

  SendController(SendService sends) {
    this.sends = sends;
  }

  @GetMapping("/send-preview")
  @Operation(summary = "How many members a send now would mail, and how many it would skip and why")
  SendPreview preview(@PathVariable UUID campaignId) {
    return sends.preview(campaignId);
  }

  @PostMapping("/send")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary =
          "Sends the campaign's mail to every member not sent to yet; the send runs in the background")
  SendProgress send(@PathVariable UUID campaignId) {
    var user = CurrentUser.get();
    return sends.start(
        campaignId,
        user.map(StewardPrincipal::userId).orElse(null),
        user.map(StewardPrincipal::fullName).orElse(null));
  }

  @GetMapping("/progress")
  @Operation(summary = "How the campaign's send stands: sent, failed, skipped and remaining")
  SendProgress progress(@PathVariable UUID campaignId) {
    return sends.progress(campaignId);
  }

  @PostMapping("/retry-failed")
  @Operation(summary = "Queues the members whose mail failed again")
  SendProgress retryFailed(@PathVariable UUID campaignId) {
    return sends.retryFailed(campaignId);
  }
}
