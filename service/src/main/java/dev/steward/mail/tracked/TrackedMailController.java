package dev.steward.mail.tracked;

import dev.steward.identity.CurrentUser;
import dev.steward.identity.StewardPrincipal;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
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

  /** The send event's path: open without sign-in, its signed token is the authorization. */
  static final String ON_SEND_PATH = "/api/mail/tracked/{token}/on-send";

  private final TrackedMails tracked;

  TrackedMailController(TrackedMails tracked) {
    this.tracked = tracked;
  }

  @PostMapping("/api/campaigns/{campaignId}/mail/tracked")
  @Operation(
      summary =
          "Starts tracking one campaign mail written in Outlook to one or more contacts (made"
              + " members if not yet)")
  TrackedMailView track(@PathVariable UUID campaignId, @Valid @RequestBody TrackRequest request) {
    return tracked.track(
        campaignId, request.recipients(), request.mailbox(), CurrentUser.idOrNull());
  }

  @PostMapping("/api/mail/tracked/{token}/sent")
  @Operation(summary = "Records a tracked mail as sent to its members (the pane's button)")
  TrackedMailView sent(@PathVariable String token, @Valid @RequestBody TrackedSentRequest request) {
    StewardPrincipal user = CurrentUser.get().orElseThrow();
    return tracked.recordSent(
        token, request, new TrackedMails.Sender(user.userId(), user.email(), user.fullName()));
  }

  @PostMapping(ON_SEND_PATH)
  @Operation(
      summary =
          "Records a tracked mail as sent from Outlook's send event; no sign-in: the mail's signed"
              + " tracking token is the authorization, and it allows only this")
  SendRecorded sentOnSend(
      @PathVariable String token, @Valid @RequestBody TrackedSentRequest request) {
    UUID firm =
        tracked.firmOf(token).orElseThrow(() -> NotFoundException.of("The tracked mail", token));
    var recorded =
        CurrentTenant.callAs(
            firm, () -> tracked.recordSent(token, request, tracked.creatorOf(token)));
    return new SendRecorded(recorded.state());
  }

  /**
   * What the send event learns: only the state, since the recipients hold the token too (it travels
   * in the sent mail's header) and must learn nothing of the campaign or its members.
   */
  record SendRecorded(String state) {}

  @GetMapping("/api/mail/tracked/{token}")
  @Operation(summary = "A tracked mail: whether it was sent, and its ids once found in Sent Items")
  TrackedMailView get(@PathVariable String token) {
    return tracked.find(token).orElseThrow(() -> NotFoundException.of("The tracked mail", token));
  }
}
