package dev.steward.reports;

import static dev.steward.reports.Definitions.COUNTS;
import static dev.steward.reports.Definitions.DAYS_TO_RESPONSE;
import static dev.steward.reports.Definitions.SENT_CAMPAIGN;

import dev.steward.contacts.ContactType;
import dev.steward.platform.NotFoundException;
import dev.steward.reports.DashboardReport.RecentResponse;
import dev.steward.reports.DashboardReport.Totals;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.ReadsFromReplica;
import dev.steward.tenancy.ReplicaReads;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard, campaign and portfolio figures: aggregate queries over live campaigns, their
 * members and live contacts, built on {@link Definitions}.
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

  // Members that count: of a live campaign, and whose contact is not in the trash.
  static final String MEMBERS =
      """
      from campaign_contacts m
      join campaigns k on k.tenant_id = m.tenant_id and k.id = m.campaign_id and k.deleted_at is null
      join contacts c on c.tenant_id = m.tenant_id and c.id = m.contact_id and c.deleted_at is null
      where m.tenant_id = :tenant""";

  /**
   * The day a campaign belongs to a period by: its send date, or the day it was created when it has
   * none.
   */
  static final String CAMPAIGN_DAY =
      "coalesce(k.send_date, (k.created_at at time zone 'UTC')::date)";

  private final JdbcClient jdbc;

  AnalyticsQueries(ReplicaReads reads) {
    this.jdbc = reads.jdbc();
  }

  /** Which members a figure covers: a condition added to {@link #MEMBERS} and its parameters. */
  record Scope(String condition, Map<String, Object> params) {

    Scope and(String more) {
      return new Scope(condition + " and " + more, params);
    }

    String from() {
      return MEMBERS + condition;
    }
  }

  private static Scope scope(UUID tenant) {
    Map<String, Object> params = new HashMap<>();
    params.put("tenant", tenant);
    return new Scope("", params);
  }

  @ReadsFromReplica
  DashboardReport dashboard(LocalDate today) {
    UUID tenant = CurrentTenant.require();
    var contactsByType =
        counts(
            CONTACT_TYPES,
            "select type, count(*) from contacts where tenant_id = :tenant and deleted_at is null group by type",
            scope(tenant));
    var campaignsByStatus =
        counts(
            CAMPAIGN_STATUSES,
            "select status, count(*) from campaigns where tenant_id = :tenant and deleted_at is null group by status",
            scope(tenant));
    Scope sent = scope(tenant).and(SENT_CAMPAIGN);
    var breakdown = Breakdown.of(jdbc, sent);
    var totals = totals(breakdown.figures(true));
    var drafts = totals(figures(scope(tenant).and("k.status = 'draft'"), false));
    var recent =
        jdbc.sql(
                """
            select c.id, c.display_name, k.id, k.name, m.status, m.response_date\s"""
                    + MEMBERS
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
    Scope members = scope(tenant).and("m.campaign_id = :campaign");
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

  /** The campaigns of the period {@code from}–{@code to} (both included) side by side. */
  @ReadsFromReplica
  PortfolioReport portfolio(LocalDate from, LocalDate to) {
    UUID tenant = CurrentTenant.require();
    Scope period = scope(tenant).and(CAMPAIGN_DAY + " between :from and :to");
    period.params().put("from", from);
    period.params().put("to", to);
    // Campaigns without members are in the period too, so the lines start from campaigns.
    List<PortfolioReport.Line> lines =
        jdbc.sql(
                """
            select k.id, k.name, k.channel, k.status, k.send_date, coalesce(f.members, 0), coalesce(f.pending, 0),
                   coalesce(f.responded, 0), coalesce(f.converted, 0), coalesce(f.not_interested, 0), f.median
            from campaigns k
            left join lateral (
              select count(*) as members, count(*) filter (where m.status = 'pending') as pending,
                     count(*) filter (where %s) as responded,
                     count(*) filter (where m.status = 'converted') as converted,
                     count(*) filter (where m.status = 'not_interested') as not_interested,
                     percentile_cont(0.5) within group (order by %s) as median
              from campaign_contacts m
              join contacts c on c.tenant_id = m.tenant_id and c.id = m.contact_id and c.deleted_at is null
              where m.tenant_id = k.tenant_id and m.campaign_id = k.id) f on true
            where k.tenant_id = :tenant and k.deleted_at is null and %s between :from and :to
            order by %s, k.name, k.id"""
                    .formatted(Definitions.RESPONDED, DAYS_TO_RESPONSE, CAMPAIGN_DAY, CAMPAIGN_DAY))
            .params(period.params())
            .query(
                (rs, n) -> {
                  boolean sent = Definitions.SENT_STATUSES.contains(rs.getString(4));
                  var figures =
                      MemberFigures.of(
                          rs.getLong(6),
                          rs.getLong(7),
                          rs.getLong(8),
                          rs.getLong(9),
                          rs.getLong(10),
                          sent);
                  return new PortfolioReport.Line(
                      rs.getObject(1, UUID.class),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getObject(5, LocalDate.class),
                      figures,
                      oneDecimal(rs, 11));
                })
            .list();
    long campaignsSent =
        lines.stream().filter(l -> Definitions.SENT_STATUSES.contains(l.status())).count();
    var sent = Breakdown.of(jdbc, period.and(SENT_CAMPAIGN));
    return new PortfolioReport(
        from,
        to,
        lines,
        campaignsSent,
        lines.size() - campaignsSent,
        sent.figures(true),
        figures(period.and("k.status = 'draft'"), false),
        sent.timeToResponse(),
        sent.byChannel(CHANNELS),
        sent.byType(CONTACT_TYPES),
        sent.weeks(null, null),
        Definitions.TEXT);
  }

  /** The members of {@code scope} by where their response stands, with rates when {@code sent}. */
  MemberFigures figures(Scope scope, boolean sent) {
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

  private Map<String, Long> counts(List<String> keys, String sql, Scope scope) {
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

  private static BigDecimal oneDecimal(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }
}
