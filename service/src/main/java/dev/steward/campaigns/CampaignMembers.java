package dev.steward.campaigns;

import dev.steward.campaigns.CampaignEvents.MemberRemoved;
import dev.steward.campaigns.CampaignEvents.MembersAdded;
import dev.steward.campaigns.CampaignEvents.ResponseRecorded;
import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.platform.FieldChange;
import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.Versions;
import dev.steward.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's members: adding them in bulk, recording their responses, removing them. Members
 * whose contact is in the trash stay in the table (a restore brings them back) but are hidden
 * everywhere.
 */
@Service
class CampaignMembers {

  private final JdbcClient jdbc;
  private final CampaignService campaigns;
  private final CampaignMemberRepository members;
  private final Contacts contacts;
  private final ApplicationEventPublisher events;

  CampaignMembers(
      JdbcClient jdbc,
      CampaignService campaigns,
      CampaignMemberRepository members,
      Contacts contacts,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.campaigns = campaigns;
    this.members = members;
    this.contacts = contacts;
    this.events = events;
  }

  /**
   * Adds the request's contacts (by id, or by filter) to the campaign; contacts that are members
   * already stay.
   */
  @Transactional
  AddedMembers add(UUID campaignId, AddMembersRequest request) {
    boolean byIds = request.contactIds() != null;
    if (byIds == (request.filter() != null)) {
      throw InvalidInputException.of(
          "contactIds", "give either contactIds or filter, not both and not neither");
    }
    return byIds
        ? addIds(campaignId, request.contactIds())
        : addAll(campaignId, contacts.idsMatching(request.filter().toContactFilter()));
  }

  /**
   * Adds live contacts by id.
   *
   * @throws InvalidInputException listing every id that is not a live contact of the firm
   */
  @Transactional
  AddedMembers addIds(UUID campaignId, Collection<UUID> contactIds) {
    campaigns.live(campaignId);
    var requested = new LinkedHashSet<>(contactIds);
    Set<UUID> live =
        contacts.liveSummaries(requested).stream()
            .map(ContactSummary::id)
            .collect(Collectors.toSet());
    List<FieldProblem> problems = new ArrayList<>();
    var ids = new ArrayList<>(contactIds);
    for (int i = 0; i < ids.size(); i++) {
      if (!live.contains(ids.get(i))) {
        problems.add(
            new FieldProblem("contactIds[" + i + "]", "no live contact has the id " + ids.get(i)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return addAll(campaignId, requested);
  }

  /** Adds contacts already known to be live, in one statement. */
  private AddedMembers addAll(UUID campaignId, Collection<UUID> contactIds) {
    campaigns.live(campaignId);
    var distinct = new LinkedHashSet<>(contactIds);
    if (distinct.isEmpty()) {
      return new AddedMembers(0, 0);
    }
    List<UUID> added =
        jdbc.sql(
                """
            insert into campaign_contacts (id, tenant_id, campaign_id, contact_id)
            select gen_random_uuid(), ?, ?, contact_id from unnest(?::uuid[]) as contact_id
            on conflict (campaign_id, contact_id) do nothing
            returning contact_id""")
            .params(
                CurrentTenant.require(),
                campaignId,
                distinct.stream().map(UUID::toString).toArray(String[]::new))
            .query(UUID.class)
            .list();
    if (!added.isEmpty()) {
      events.publishEvent(new MembersAdded(campaignId, added));
    }
    return new AddedMembers(added.size(), distinct.size() - added.size());
  }

  /**
   * Records a member's response. {@code notes} replace the current ones unless {@code keepNotes};
   * the version is checked when given. An automatic {@code mover} leaves a converted member
   * converted.
   */
  @Transactional
  MemberView respond(
      UUID campaignId,
      UUID contactId,
      ResponseStatus status,
      Instant respondedAt,
      RecordedVia via,
      CampaignMember.Mover mover,
      String notes,
      boolean keepNotes,
      Long expectedVersion) {
    campaigns.live(campaignId);
    var contact =
        contacts.findLive(contactId).orElseThrow(() -> NotFoundException.of("Contact", contactId));
    var member =
        members
            .find(campaignId, contactId)
            .orElseThrow(
                () ->
                    NotFoundException.of(
                        "Member of campaign " + campaignId + ": contact", contactId));
    if (expectedVersion != null) {
      Versions.check("This member's response", expectedVersion, member.version());
    }
    Instant now = Instant.now();
    Map<String, FieldChange> changes =
        new LinkedHashMap<>(member.respond(status, respondedAt, via, mover, now));
    if (!keepNotes) {
      changes.putAll(member.changeNotes(notes, now));
    }
    if (!changes.isEmpty()) {
      members.saveAndFlush(member);
      events.publishEvent(new ResponseRecorded(campaignId, contactId, changes));
    }
    return new MemberView(
        contact,
        member.status(),
        member.responseDate(),
        member.notes(),
        member.recordedVia(),
        member.addedAt(),
        member.updatedAt(),
        member.version());
  }

  @Transactional
  void remove(UUID campaignId, UUID contactId) {
    campaigns.live(campaignId);
    int removed =
        jdbc.sql(
                "delete from campaign_contacts where tenant_id = ? and campaign_id = ? and contact_id = ?")
            .params(CurrentTenant.require(), campaignId, contactId)
            .update();
    if (removed == 0) {
      throw NotFoundException.of("Member of campaign " + campaignId + ": contact", contactId);
    }
    events.publishEvent(new MemberRemoved(campaignId, contactId));
  }
}
