package dev.steward.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A whole campaign with its member counts, as the API returns it. */
public record CampaignView(
    UUID id,
    String name,
    String description,
    Channel channel,
    LocalDate sendDate,
    CampaignStatus status,
    MemberCounts members,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant deletedAt,
    long version) {

  static CampaignView of(Campaign campaign, MemberCounts counts) {
    var f = campaign.fields();
    return new CampaignView(campaign.id(), f.name(), f.description(), f.channel(), f.sendDate(), f.status(), counts,
        campaign.createdBy(), campaign.createdAt(), campaign.updatedAt(), campaign.deletedAt(), campaign.version());
  }
}
