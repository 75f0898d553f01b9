package dev.steward.mail.tracked;

import dev.steward.identity.CurrentUser;
import dev.steward.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Campaign mail")
class TrackedMailController {

  private final TrackedMails tracked;

  TrackedMailController(TrackedMails tracked) {
    this.tracked = tracked;
  }

  @PostMapping("/api/campaigns/{campaignId}/mail/tracked")
  @Operation(
      summary =
          "Starts tracking a campaign mail written in Outlook to a contact (made a member if not one)")
  TrackedMailView track(@PathVariable UUID campaignId, @Valid @RequestBody TrackRequest request) {
    return tracked.track(
        campaignId, request.contactId(), request.mailbox(), CurrentUser.idOrNull());
  }

  @PostMapping("/api/mail/tracked/{token}/sent")
  @Operation(summary = "Records a tracked mail as sent to its member, on their timeline")
  TrackedMailView sent(@PathVariable String token, @Valid @RequestBody TrackedSentRequest request) {
    return tracked.recordSent(token, request, CurrentUser.get().orElseThrow());
  }

  @GetMapping("/api/mail/tracked/{token}")
  @Operation(summary = "A tracked mail: whether it was sent, and its ids once found in Sent Items")
  TrackedMailView get(@PathVariable String token) {
    return tracked.find(token).orElseThrow(() -> NotFoundException.of("The tracked mail", token));
  }
}
