package dev.steward.mail.replies;

import java.time.Instant;
import java.util.UUID;

/**
 * A reply found in a mailbox, as the campaign page shows it.
 *
 * @param internetMessageId the message's Message-ID, the same in every mailbox
 * @param matchedBy conversation, in_reply_to or sender; only a sender match may be undone
 * @param webLink where the message opens in Outlook on the web
 */
record ReplyView(
    UUID id,
    UUID campaignId,
    UUID contactId,
    String contactName,
    String sender,
    String subject,
    String internetMessageId,
    Instant receivedAt,
    String matchedBy,
    String webLink,
    String mailbox,
    Instant undoneAt) {

  ReplyView named(String name) {
    return new ReplyView(
        id,
        campaignId,
        contactId,
        name,
        sender,
        subject,
        internetMessageId,
        receivedAt,
        matchedBy,
        webLink,
        mailbox,
        undoneAt);
  }
}
