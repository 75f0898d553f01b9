package dev.steward.campaigns;

import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of campaigns. Every call works within the current tenant. */
@Service
public class Campaigns {

  private final CampaignService campaigns;
  private final CampaignMembers members;
  private final MemberListing listing;
  private final CampaignRepository repository;
  private final Validator validator;

  Campaigns(
      CampaignService campaigns,
      CampaignMembers members,
      MemberListing listing,
      CampaignRepository repository,
      Validator validator) {
    this.campaigns = campaigns;
    this.members = members;
    this.listing = listing;
    this.repository = repository;
    this.validator = validator;
  }

  /**
   * Creates a campaign, with the same rules as the API.
   *
   * @param status where it starts; a draft when null
   * @throws InvalidInputException when a field breaks a rule
   */
  @Transactional
  public CampaignView create(
      String name, String description, Channel channel, LocalDate sendDate, CampaignStatus status) {
    var request =
        new CampaignRequest(
            name,
            description,
            channel,
            sendDate == null ? null : sendDate.toString(),
            status,
            null);
    var problems =
        validator.validate(request).stream()
            .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return campaigns.create(request.toFields(), null);
  }

  /**
   * Adds live contacts to a live campaign; contacts that are members already stay as they are.
   *
   * @throws InvalidInputException listing the ids that are not live contacts
   * @throws dev.steward.platform.NotFoundException when the campaign does not exist or is in the
   *     trash
   */
  @Transactional
  public AddedMembers addMembers(UUID campaignId, List<UUID> contactIds) {
    return members.addIds(campaignId, contactIds);
  }

  /**
   * Records a member's response found by an automatic path (mailbox sync, import, filing an email
   * from Outlook), without a version check. A converted member stays converted: only a person moves
   * them back, through the API.
   *
   * @param respondedAt when they responded; now when null; ignored when the member had responded
   *     already
   * @param via how it was recorded; manual when null
   * @param notes the new notes, or null to keep the current ones
   */
  @Transactional
  public MemberView recordResponse(
      UUID campaignId,
      UUID contactId,
      ResponseStatus status,
      Instant respondedAt,
      RecordedVia via,
      String notes) {
    return members.respond(
        campaignId,
        contactId,
        status,
        respondedAt,
        via,
        CampaignMember.Mover.AUTOMATIC,
        notes,
        notes == null,
        null);
  }

  /** The live campaigns a live contact belongs to, with the contact's response status in each. */
  @Transactional(readOnly = true)
  public List<Membership> membershipsOf(UUID contactId) {
    return listing.membershipsOf(contactId);
  }

  /** The names of these campaigns, trashed ones included; unknown ids are left out. */
  @Transactional(readOnly = true)
  public Map<UUID, String> namesOf(Collection<UUID> campaignIds) {
    var names = new HashMap<UUID, String>();
    repository
        .findAllById(new HashSet<>(campaignIds))
        .forEach(campaign -> names.put(campaign.id(), campaign.fields().name()));
    return names;
  }

  /**
   * A campaign that is not in the trash.
   *
   * @throws dev.steward.platform.NotFoundException when it does not exist or is in the trash
   */
  @Transactional(readOnly = true)
  public CampaignView requireLive(UUID campaignId) {
    var campaign = campaigns.live(campaignId);
    return campaigns.get(campaign.id());
  }

  /** The contacts that are members of the campaign, in the order they were added. */
  @Transactional(readOnly = true)
  public List<UUID> memberContactIds(UUID campaignId) {
    return listing.contactIds(campaignId);
  }

  /**
   * Records that the campaign went out: a draft moves to {@code sent}, dated today unless it has a
   * send date. A campaign already past draft is left as it is.
   */
  @Transactional
  public CampaignView markSent(UUID campaignId) {
    return campaigns.markSent(campaignId, LocalDate.now(java.time.ZoneOffset.UTC));
  }
}
