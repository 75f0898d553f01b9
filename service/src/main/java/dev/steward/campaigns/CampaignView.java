package dev.steward.campaigns;

import dev.steward.reports.MemberFigures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A whole campaign with its member counts and rates, as the API returns it; the rates are defined
 * in reports and null for a draft.
 */
@NullMarked
public record CampaignView(
    UUID id,
    String name,
    @Nullable String description,
    Channel channel,
    @Nullable LocalDate sendDate,
    CampaignStatus status,
    MemberFigures members,
    @Nullable UUID createdBy,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant deletedAt,
    long version) {

  static CampaignView of(Campaign campaign, MemberFigures counts) {
    var f = campaign.fields();
    return new CampaignView(
        campaign.id(),
        f.name(),
        f.description(),
        f.channel(),
        f.sendDate(),
        f.status(),
        counts,
        campaign.history().createdBy(),
        campaign.history().createdAt(),
        campaign.history().updatedAt(),
        campaign.history().deletedAt(),
        campaign.version());
  }

  CampaignView withMembers(MemberFigures figures) {
    return new CampaignView(
        id,
        name,
        description,
        channel,
        sendDate,
        status,
        figures,
        createdBy,
        createdAt,
        updatedAt,
        deletedAt,
        version);
  }
}
