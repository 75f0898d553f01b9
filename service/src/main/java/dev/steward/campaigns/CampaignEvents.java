package dev.steward.campaigns;

import dev.steward.platform.FieldChange;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What happens to campaigns and their members, for the audit log and any other listener. */
public final class CampaignEvents {

  private CampaignEvents() {}

  public record CampaignCreated(UUID campaignId, Map<String, Object> fields) {}

  public record CampaignUpdated(UUID campaignId, Map<String, FieldChange> changes) {}

  public record CampaignTrashed(UUID campaignId) {}

  public record CampaignRestored(UUID campaignId) {}

  /** Campaigns deleted for good after their time in the trash. */
  public record CampaignsPurged(int count) {}

  /** Only the contacts that were not members yet. */
  public record MembersAdded(UUID campaignId, List<UUID> contactIds) {}

  public record MemberRemoved(UUID campaignId, UUID contactId) {}

  /**
   * A member's response changed: status, responseDate, recordedVia and notes, each before and
   * after.
   */
  public record ResponseRecorded(
      UUID campaignId, UUID contactId, Map<String, FieldChange> changes) {}
}
