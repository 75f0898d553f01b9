package dev.steward.audit;

import dev.steward.campaigns.CampaignEvents;
import dev.steward.contacts.ContactEvents;
import dev.steward.identity.IdentityEvents;
import dev.steward.mail.MailEvents;
import dev.steward.mail.ReplyEvents;
import dev.steward.platform.FieldChange;
import dev.steward.platform.export.DataExported;
import dev.steward.reports.ReportEvents;
import dev.steward.spreadsheets.ImportEvents;
import dev.steward.spreadsheets.SheetLinkEvents;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the features' events into audit entries. Each runs just before its transaction commits,
 * inside it; an event published outside a transaction (a sign-out) is written at once.
 */
@Component
class AuditListeners {

  private final AuditWriter audit;

  AuditListeners(AuditWriter audit) {
    this.audit = audit;
  }

  // --- Contacts and relationships

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

  // --- Campaigns and members

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(CampaignEvents.CampaignCreated event) {
    audit.write("campaign.created", "campaign", event.campaignId(), event.fields());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(CampaignEvents.CampaignUpdated event) {
    audit.write("campaign.updated", "campaign", event.campaignId(), event.changes());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(CampaignEvents.CampaignTrashed event) {
    audit.write("campaign.deleted", "campaign", event.campaignId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(CampaignEvents.CampaignRestored event) {
    audit.write("campaign.restored", "campaign", event.campaignId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(CampaignEvents.CampaignsPurged event) {
    audit.write("campaign.purged", "campaign", null, Map.of("count", event.count()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(CampaignEvents.MembersAdded event) {
    audit.write(
        "campaign.members_added",
        "campaign",
        event.campaignId(),
        Map.of("contactIds", event.contactIds(), "count", event.contactIds().size()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(CampaignEvents.MemberRemoved event) {
    audit.write(
        "campaign.member_removed",
        "campaign",
        event.campaignId(),
        Map.of("contactId", event.contactId()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(CampaignEvents.ResponseRecorded event) {
    var changes = new java.util.LinkedHashMap<String, Object>(event.changes());
    changes.put("contactId", event.contactId());
    audit.write("campaign.response_recorded", "campaign", event.campaignId(), changes);
  }

  // --- Exports: data leaving the CRM as a file

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DataExported event) {
    var details = new java.util.LinkedHashMap<String, Object>();
    details.put("title", event.title());
    details.put("format", event.format().extension());
    details.put("filters", event.filters());
    details.put("rows", event.rows());
    details.put("cut", event.cut());
    details.put("fileName", event.fileName());
    audit.write(event.entityType() + ".exported", event.entityType(), event.entityId(), details);
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

  // --- Spreadsheet imports and sheet links

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ImportEvents.ImportCommitted event) {
    // Commits run in the background, where nobody is signed in: the event names the user who
    // committed.
    var counts = new java.util.LinkedHashMap<String, Object>();
    counts.put("fileName", event.fileName());
    counts.put("created", event.created());
    counts.put("updated", event.updated());
    counts.put("unchanged", event.unchanged());
    counts.put("skipped", event.skipped());
    counts.put("rejected", event.rejected());
    audit.write(
        "import.committed", "import", event.importId(), counts, event.userId(), event.userEmail());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ImportEvents.ImportUndone event) {
    audit.write(
        "import.undone",
        "import",
        event.importId(),
        Map.of(
            "removed",
            event.removed(),
            "restored",
            event.restored(),
            "editedSince",
            event.editedSince()),
        event.userId(),
        event.userEmail());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(SheetLinkEvents.SheetRowsRemoved event) {
    audit.write(
        "sheet_link.rows_removed",
        "sheet_link",
        event.sheetLinkId(),
        Map.of("contactIds", event.contactIds(), "count", event.contactIds().size()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(SheetLinkEvents.SheetConflictResolved event) {
    audit.write(
        "sheet_link.conflict_resolved",
        "sheet_link",
        event.sheetLinkId(),
        Map.of("contactId", event.contactId(), "picks", event.picks()));
  }

  // --- Report templates

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ReportEvents.TemplateUploaded event) {
    var details = new java.util.LinkedHashMap<String, Object>();
    details.put("kind", event.kind());
    details.put("fileName", event.fileName());
    details.put("size", event.size());
    audit.write("report_template.uploaded", "report_template", null, details);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ReportEvents.TemplateRestored event) {
    audit.write("report_template.restored", "report_template", null, Map.of("kind", event.kind()));
  }

  // --- Sign-in and users

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.UserSignedIn event) {
    audit.write(
        "auth.sign_in",
        "user",
        event.userId(),
        Map.of("method", event.method().name().toLowerCase()),
        event.userId(),
        event.email());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.SignInFailed event) {
    audit.write(
        "auth.sign_in_failed",
        "user",
        event.userId(),
        Map.of("reason", event.reason()),
        event.userId(),
        event.email());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.AccountLocked event) {
    audit.write("auth.account_locked", "user", event.userId(), null, event.userId(), event.email());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.UserSignedOut event) {
    audit.write("auth.sign_out", "user", event.userId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.RefreshTokenReused event) {
    audit.write(
        "auth.refresh_token_reused",
        "user",
        event.userId(),
        Map.of("family", event.familyId()),
        event.userId(),
        null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.PasswordChanged event) {
    audit.write("auth.password_changed", "user", event.userId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.MfaEnabled event) {
    audit.write("auth.mfa_enabled", "user", event.userId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.MfaDisabled event) {
    audit.write("auth.mfa_disabled", "user", event.userId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.RecoveryCodeUsed event) {
    audit.write(
        "auth.recovery_code_used",
        "user",
        event.userId(),
        Map.of("remaining", event.remaining()),
        event.userId(),
        null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.UserRegistered event) {
    audit.write(
        "user.registered",
        "user",
        event.userId(),
        Map.of(
            "email",
            event.email(),
            "role",
            event.role().value(),
            "method",
            event.method().name().toLowerCase()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.UserChanged event) {
    audit.write(
        event.changes().containsKey("role") ? "user.role_changed" : "user.updated",
        "user",
        event.userId(),
        event.changes());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.RoleChangeRefused event) {
    audit.write(
        "user.role_change_refused",
        "user",
        event.userId(),
        Map.of(
            "role",
            new FieldChange(event.current().value(), event.refused().value()),
            "reason",
            event.reason()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.TenantSettingsChanged event) {
    audit.write("tenant.updated", "tenant", event.tenantId(), event.changes());
  }
}
