package dev.steward.audit;

import dev.steward.campaigns.CampaignEvents;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The campaigns' events as audit entries: campaigns, their members and the members' responses. Each
 * runs just before its transaction commits, inside it; an event published outside a transaction is
 * written at once.
 */
@Component
class CampaignAuditListeners {

  private final AuditWriter audit;

  CampaignAuditListeners(AuditWriter audit) {
    this.audit = audit;
  }

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
}
