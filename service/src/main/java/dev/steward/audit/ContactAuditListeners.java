package dev.steward.audit;

import dev.steward.contacts.ContactEvents;
import dev.steward.platform.FieldChange;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The contacts' events as audit entries: contacts, their merges and opt-outs, and relationships.
 * Each runs just before its transaction commits, inside it; an event published outside a
 * transaction is written at once.
 */
@Component
class ContactAuditListeners {

  private final AuditWriter audit;

  ContactAuditListeners(AuditWriter audit) {
    this.audit = audit;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ContactEvents.ContactCreated event) {
    audit.write("contact.created", "contact", event.contactId(), event.fields());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ContactEvents.ContactUpdated event) {
    audit.write("contact.updated", "contact", event.contactId(), event.changes());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ContactEvents.ContactTrashed event) {
    audit.write("contact.deleted", "contact", event.contactId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ContactEvents.ContactRestored event) {
    audit.write("contact.restored", "contact", event.contactId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ContactEvents.ContactsPurged event) {
    audit.write("contact.purged", "contact", null, Map.of("count", event.count()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ContactEvents.ContactsMerged event) {
    // As field changes, so that the timeline and the audit log show them as they show edits; what
    // moved is kept with the merge itself.
    var details = new java.util.LinkedHashMap<String, Object>(event.changes());
    details.put("mergedFrom", new FieldChange(null, event.duplicateId().toString()));
    audit.write("contact.merged", "contact", event.survivorId(), details);
    audit.write(
        "contact.merged_away",
        "contact",
        event.duplicateId(),
        Map.of("mergedInto", new FieldChange(null, event.survivorId().toString())));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ContactEvents.ContactMergeUndone event) {
    audit.write(
        "contact.merge_undone",
        "contact",
        event.survivorId(),
        Map.of("mergedFrom", new FieldChange(event.duplicateId().toString(), null)));
    audit.write(
        "contact.merge_undone",
        "contact",
        event.duplicateId(),
        Map.of("mergedInto", new FieldChange(event.survivorId().toString(), null)));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ContactEvents.EmailOptedOut event) {
    var details = new java.util.LinkedHashMap<String, Object>();
    details.put("via", event.via());
    details.put("campaignId", event.campaignId());
    audit.write("contact.email_opted_out", "contact", event.contactId(), details);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ContactEvents.RelationshipCreated event) {
    relationship(
        "relationship.created",
        event.relationshipId(),
        event.fromContactId(),
        event.toContactId(),
        event.type());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ContactEvents.RelationshipDeleted event) {
    relationship(
        "relationship.deleted",
        event.relationshipId(),
        event.fromContactId(),
        event.toContactId(),
        event.type());
  }

  private void relationship(String action, UUID id, UUID from, UUID to, String type) {
    audit.write(action, "relationship", id, Map.of("from", from, "to", to, "type", type));
  }
}
