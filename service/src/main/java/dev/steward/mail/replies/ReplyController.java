package dev.steward.mail.replies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The replies to campaigns found in the firm's mailboxes. */
@RestController
@Tag(name = "Campaigns")
class ReplyController {

  private final Replies replies;

  ReplyController(Replies replies) {
    this.replies = replies;
  }

  @GetMapping("/api/campaigns/{campaignId}/replies")
  @Operation(
      summary = "The replies found in mailboxes: who, when, how matched, and a link to the message")
  List<ReplyView> list(@PathVariable UUID campaignId) {
    return replies.ofCampaign(campaignId);
  }

  @PostMapping("/api/campaigns/{campaignId}/replies/{replyId}/undo")
  @Operation(summary = "Undo a reply matched by its sender only: the member is pending again")
  ReplyView undo(@PathVariable UUID campaignId, @PathVariable UUID replyId) {
    return replies.undo(campaignId, replyId);
  }

  @GetMapping("/api/mailbox-replies")
  @Operation(
      summary =
          "Whether a message (by its Message-ID) was found to be a campaign reply: none or one")
  List<ReplyView> ofMessage(@RequestParam String internetMessageId) {
    return replies.ofMessage(internetMessageId).stream().toList();
  }
}
