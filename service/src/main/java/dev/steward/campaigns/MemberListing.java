package dev.steward.campaigns;

import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import dev.steward.tenancy.CurrentTenant;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a campaign's members: a page of them with their contacts, the contacts of a campaign, and
 * the campaigns of a contact. Members whose contact is in the trash are hidden, and campaigns in
 * the trash too.
 */
@Service
class MemberListing {

  private final JdbcClient jdbc;
  private final CampaignService campaigns;
  private final Contacts contacts;

  MemberListing(JdbcClient jdbc, CampaignService campaigns, Contacts contacts) {
    this.jdbc = jdbc;
    this.campaigns = campaigns;
    this.contacts = contacts;
  }

  @Transactional(readOnly = true)
  PageResult<MemberView> list(UUID campaignId, ResponseStatus status, PageRequestParams page) {
    campaigns.live(campaignId);
    String where =
        """
        m.tenant_id = :tenant and m.campaign_id = :campaign and (cast(:status as text) is null or m.status = :status)""";
    String from =
        """
        from campaign_contacts m
        join contacts c on c.tenant_id = m.tenant_id and c.id = m.contact_id and c.deleted_at is null
        where\s"""
            + where;
    record Row(
        UUID contactId,
        ResponseStatus status,
        Instant responseDate,
        String notes,
        RecordedVia via,
        Instant addedAt,
        Instant updatedAt,
        long version) {}
    List<Row> rows =
        jdbc.sql(
                """
            select m.contact_id, m.status, m.response_date, m.notes, m.recorded_via, m.added_at, m.updated_at,
                   m.version\s"""
                    + from
                    + " order by c.display_name, m.contact_id limit :limit offset :offset")
            .param("tenant", CurrentTenant.require())
            .param("campaign", campaignId)
            .param("status", status == null ? null : status.value())
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject(1, UUID.class),
                        ResponseStatus.of(rs.getString(2)),
                        instant(rs.getTimestamp(3)),
                        rs.getString(4),
                        rs.getString(5) == null ? null : RecordedVia.of(rs.getString(5)),
                        instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7)),
                        rs.getLong(8)))
            .list();
    long total =
        page.offset() == 0 && rows.size() < page.size()
            ? rows.size()
            : jdbc.sql("select count(*) " + from)
                .param("tenant", CurrentTenant.require())
                .param("campaign", campaignId)
                .param("status", status == null ? null : status.value())
                .query(Long.class)
                .single();
    Map<UUID, ContactSummary> summaries =
        contacts.summaries(rows.stream().map(Row::contactId).toList()).stream()
            .collect(Collectors.toMap(ContactSummary::id, Function.identity()));
    var items =
        rows.stream()
            .map(
                r ->
                    new MemberView(
                        summaries.get(r.contactId()),
                        r.status(),
                        r.responseDate(),
                        r.notes(),
                        r.via(),
                        r.addedAt(),
                        r.updatedAt(),
                        r.version()))
            .toList();
    return PageResult.of(items, page.page(), page.size(), total, false);
  }

  /** The contacts in a live campaign, in the order they were added. */
  @Transactional(readOnly = true)
  List<UUID> contactIds(UUID campaignId) {
    campaigns.live(campaignId);
    return jdbc.sql(
            """
            select contact_id from campaign_contacts where tenant_id = ? and campaign_id = ?
            order by added_at, id""")
        .params(CurrentTenant.require(), campaignId)
        .query(UUID.class)
        .list();
  }

  /** The live campaigns a live contact belongs to, newest campaign first. */
  @Transactional(readOnly = true)
  List<Membership> membershipsOf(UUID contactId) {
    contacts.requireLive(contactId);
    return jdbc.sql(
            """
            select k.id, k.name, k.channel, k.status, k.send_date, m.status, m.response_date
            from campaign_contacts m
            join campaigns k on k.tenant_id = m.tenant_id and k.id = m.campaign_id and k.deleted_at is null
            where m.tenant_id = ? and m.contact_id = ?
            order by k.created_at desc, k.id""")
        .params(CurrentTenant.require(), contactId)
        .query(
            (rs, n) ->
                new Membership(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    Channel.of(rs.getString(3)),
                    CampaignStatus.of(rs.getString(4)),
                    rs.getObject(5, LocalDate.class),
                    ResponseStatus.of(rs.getString(6)),
                    instant(rs.getTimestamp(7))))
        .list();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
