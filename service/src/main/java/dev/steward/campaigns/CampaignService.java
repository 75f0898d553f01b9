package dev.steward.campaigns;

import dev.steward.campaigns.CampaignEvents.CampaignCreated;
import dev.steward.campaigns.CampaignEvents.CampaignRestored;
import dev.steward.campaigns.CampaignEvents.CampaignTrashed;
import dev.steward.campaigns.CampaignEvents.CampaignUpdated;
import dev.steward.platform.ConflictException;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.Versions;
import dev.steward.reports.MemberFigures;
import dev.steward.tenancy.CurrentTenant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing, trashing and restoring campaigns. */
@Service
class CampaignService {

  private final CampaignRepository campaigns;
  private final CampaignSearch search;
  private final ApplicationEventPublisher events;

  CampaignService(
      CampaignRepository campaigns, CampaignSearch search, ApplicationEventPublisher events) {
    this.campaigns = campaigns;
    this.search = search;
    this.events = events;
  }

  @Transactional(readOnly = true)
  CampaignView get(UUID id) {
    var campaign = campaigns.findById(id).orElseThrow(() -> NotFoundException.of("Campaign", id));
    return CampaignView.of(campaign, search.counts(id));
  }

  @Transactional
  CampaignView create(CampaignFields fields, UUID createdBy) {
    var campaign = new Campaign(UUID.randomUUID(), CurrentTenant.require(), createdBy, fields);
    campaigns.saveAndFlush(campaign);
    events.publishEvent(new CampaignCreated(campaign.id(), campaign.fields().asMap()));
    return CampaignView.of(campaign, MemberFigures.NONE);
  }

  /** Replaces the campaign's fields, unless someone changed it since {@code expectedVersion}. */
  @Transactional
  CampaignView update(UUID id, CampaignFields fields, long expectedVersion) {
    var campaign = live(id);
    Versions.check("This campaign", expectedVersion, campaign.version());
    var changes = campaign.apply(fields);
    if (!changes.isEmpty()) {
      campaigns.saveAndFlush(campaign);
      events.publishEvent(new CampaignUpdated(id, changes));
    }
    return CampaignView.of(campaign, search.counts(id));
  }

  /**
   * Moves a draft to sent, dated today when it has no send date; a campaign past draft stays as it
   * is.
   */
  @Transactional
  CampaignView markSent(UUID id, java.time.LocalDate today) {
    var campaign = live(id);
    var fields = campaign.fields();
    if (fields.status() == CampaignStatus.DRAFT) {
      var changes =
          campaign.apply(
              new CampaignFields(
                  fields.name(),
                  fields.description(),
                  fields.channel(),
                  fields.sendDate() == null ? today : fields.sendDate(),
                  CampaignStatus.SENT));
      campaigns.saveAndFlush(campaign);
      events.publishEvent(new CampaignUpdated(id, changes));
    }
    return CampaignView.of(campaign, search.counts(id));
  }

  @Transactional
  void moveToTrash(UUID id) {
    var campaign = live(id);
    campaign.moveToTrash();
    campaigns.saveAndFlush(campaign);
    events.publishEvent(new CampaignTrashed(id));
  }

  @Transactional
  CampaignView restore(UUID id) {
    var campaign = campaigns.findById(id).orElseThrow(() -> NotFoundException.of("Campaign", id));
    if (!campaign.inTrash()) {
      throw new ConflictException("This campaign is not in the trash.");
    }
    campaign.restore();
    campaigns.saveAndFlush(campaign);
    events.publishEvent(new CampaignRestored(id));
    return CampaignView.of(campaign, search.counts(id));
  }

  /**
   * @throws NotFoundException when the campaign does not exist in this firm or is in the trash
   */
  @Transactional(readOnly = true)
  Campaign live(UUID id) {
    return campaigns.findLive(id).orElseThrow(() -> NotFoundException.of("Campaign", id));
  }
}
