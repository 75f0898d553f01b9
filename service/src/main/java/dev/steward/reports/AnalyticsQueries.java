package dev.steward.reports;

import static dev.steward.reports.Definitions.COUNTS;
import static dev.steward.reports.Definitions.SENT_CAMPAIGN;

import dev.steward.contacts.ContactType;
import dev.steward.platform.NotFoundException;
import dev.steward.reports.DashboardReport.RecentResponse;
import dev.steward.reports.DashboardReport.Totals;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.ReadsFromReplica;
import dev.steward.tenancy.ReplicaReads;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard and campaign figures: aggregate queries over live campaigns, their members and live
 * contacts, built on {@link Definitions}; {@link PortfolioQueries} has the portfolio's.
 */
@Component
class AnalyticsQueries {

  static final int RECENT_RESPONSES = 10;
  static final int DASHBOARD_WEEKS = 12;

  static final List<String> CHANNELS = List.of("email", "phone", "mail");
  static final List<String> CAMPAIGN_STATUSES = List.of("draft", "sent", "completed");
  static final List<String> RESPONSE_STATUSES =
      List.of("pending", "responded", "converted", "not_interested");
  static final List<String> CONTACT_TYPES =
      Stream.of(ContactType.values()).map(ContactType::value).toList();

  private final JdbcClient jdbc;

  AnalyticsQueries(ReplicaReads reads) {
    this.jdbc = reads.jdbc();
  }

  @ReadsFromReplica
  DashboardReport dashboard(LocalDate today) {
    UUID tenant = CurrentTenant.require();
    var contactsByType =
        counts(
            CONTACT_TYPES,
            "select type, count(*) from contacts where tenant_id = :tenant and deleted_at is null group by type",
            MemberScope.of(tenant));
    var campaignsByStatus =
        counts(
            CAMPAIGN_STATUSES,
            "select status, count(*) from campaigns where tenant_id = :tenant and deleted_at is null group by status",
            MemberScope.of(tenant));
    MemberScope sent = MemberScope.of(tenant).and(SENT_CAMPAIGN);
    var breakdown = Breakdown.of(jdbc, sent);
    var totals = totals(breakdown.figures(true));
    var drafts = totals(figures(MemberScope.of(tenant).and("k.status = 'draft'"), false));
    var recent =
        jdbc.sql(
                """
            select c.id, c.display_name, k.id, k.name, m.status, m.response_date\s"""
                    + MemberScope.MEMBERS
                    + """
             and m.response_date is not null
            order by m.response_date desc, m.id limit :limit""")
            .param("tenant", tenant)
            .param("limit", RECENT_RESPONSES)
            .query(
                (rs, n) ->
                    new RecentResponse(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
            .list();
    LocalDate thisWeek = monday(today);
    return new DashboardReport(
        contactsByType,
        campaignsByStatus,
        totals,
        drafts,
        Definitions.rate(totals.responded(), totals.members()),
        Definitions.rate(totals.converted(), totals.members()),
        breakdown.timeToResponse(),
        recent,
        breakdown.byChannel(CHANNELS),
        breakdown.byType(CONTACT_TYPES),
        breakdown.weeks(thisWeek.minusWeeks(DASHBOARD_WEEKS - 1), thisWeek),
        Definitions.TEXT);
  }

  /**
   * @throws NotFoundException when the campaign is not a live campaign of the current firm
   */
  @ReadsFromReplica
  CampaignReport campaign(UUID campaignId) {
    UUID tenant = CurrentTenant.require();
    record Head(String name, String channel, String status, LocalDate sendDate) {}
    var head =
        jdbc.sql(
                """
            select name, channel, status, send_date from campaigns
            where tenant_id = ? and id = ? and deleted_at is null""")
            .params(tenant, campaignId)
            .query(
                (rs, n) ->
                    new Head(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
            .optional()
            .orElseThrow(() -> NotFoundException.of("Campaign", campaignId));
    boolean sent = Definitions.SENT_STATUSES.contains(head.status());
    MemberScope members = MemberScope.of(tenant).and("m.campaign_id = :campaign");
    members.params().put("campaign", campaignId);
    var breakdown = Breakdown.of(jdbc, members);
    var figures = breakdown.figures(sent);
    var time = breakdown.timeToResponse();
    return new CampaignReport(
        campaignId,
        head.name(),
        head.channel(),
        head.status(),
        head.sendDate(),
        sent,
        figures,
        breakdown.statusCounts(RESPONSE_STATUSES),
        figures.responseRate(),
        figures.conversionRate(),
        time.median(),
        time,
        breakdown.weeks(null, null),
        breakdown.byType(CONTACT_TYPES),
        breakdown.byChannel(List.of(head.channel())),
        Definitions.TEXT);
  }

  /** The members of {@code scope} by where their response stands, with rates when {@code sent}. */
  MemberFigures figures(MemberScope scope, boolean sent) {
    return jdbc.sql("select " + COUNTS + " " + scope.from())
        .params(scope.params())
        .query(
            (rs, n) ->
                MemberFigures.of(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    sent))
        .single();
  }

  private static Totals totals(MemberFigures f) {
    return new Totals(f.total(), f.responded(), f.converted(), f.notInterested(), f.pending());
  }

  private Map<String, Long> counts(List<String> keys, String sql, MemberScope scope) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(key -> counts.put(key, 0L));
    jdbc.sql(sql)
        .params(scope.params())
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
