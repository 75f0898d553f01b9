package dev.steward.audit;

import dev.steward.mail.MailEvents;
import dev.steward.mail.ReplyEvents;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The mail events as audit entries: messages filed, replies found in mailboxes, and the mailboxes
 * watched. Each runs just before its transaction commits, inside it; an event published outside a
 * transaction is written at once.
 */
@Component
class MailAuditListeners {

  private final AuditWriter audit;

  MailAuditListeners(AuditWriter audit) {
    this.audit = audit;
  }

  // --- Mail

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(MailEvents.InteractionFiled event) {
    var details = new java.util.LinkedHashMap<String, Object>();
    details.put("kind", event.kind());
    details.put("subject", event.subject());
    details.put("contactIds", event.contactIds());
    details.put("campaignId", event.campaignId());
    audit.write("interaction.filed", "interaction", event.interactionId(), details);
  }

  // --- Replies found in mailboxes

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ReplyEvents.ReplyDetected event) {
    audit.write(
        "reply.detected",
        "campaign_member",
        event.contactId(),
        Map.of(
            "campaignId",
            event.campaignId(),
            "replyId",
            event.replyId(),
            "matchedBy",
            event.matchedBy(),
            "internetMessageId",
            event.internetMessageId(),
            "mailbox",
            event.mailbox()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ReplyEvents.ReplyUndone event) {
    audit.write(
        "reply.undone",
        "campaign_member",
        event.contactId(),
        Map.of("campaignId", event.campaignId(), "replyId", event.replyId()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ReplyEvents.MailboxAdded event) {
    audit.write(
        "mailbox.added",
        "mailbox",
        event.mailboxId(),
        Map.of("address", event.address(), "kind", event.kind()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ReplyEvents.MailboxRemoved event) {
    audit.write(
        "mailbox.removed", "mailbox", event.mailboxId(), Map.of("address", event.address()));
  }
}
