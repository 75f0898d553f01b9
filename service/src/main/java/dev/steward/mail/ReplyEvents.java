package dev.steward.mail;

import java.util.UUID;

/** What reply detection does, for the audit log. */
public final class ReplyEvents {

  private ReplyEvents() {}

  /**
   * A message in a configured mailbox was found to answer a campaign, and the member marked as
   * responded.
   */
  public record ReplyDetected(
      UUID replyId,
      UUID campaignId,
      UUID contactId,
      String matchedBy,
      String internetMessageId,
      String mailbox) {}

  /** A person undid a reply matched by its sender only; the member is pending again. */
  public record ReplyUndone(UUID replyId, UUID campaignId, UUID contactId) {}

  /** An admin let Steward read a mailbox for replies ({@code kind} shared or user). */
  public record MailboxAdded(UUID mailboxId, String address, String kind) {}

  public record MailboxRemoved(UUID mailboxId, String address) {}
}
