package dev.steward.reports;

import static dev.steward.reports.Definitions.COUNTS;
import static dev.steward.reports.Definitions.DAYS_TO_RESPONSE;
import static dev.steward.reports.Definitions.SENT_CAMPAIGN;

import dev.steward.contacts.ContactType;
import dev.steward.platform.NotFoundException;
import dev.steward.reports.DashboardReport.RecentResponse;
import dev.steward.reports.DashboardReport.Totals;
import dev.steward.tenancy.CurrentTenant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard, campaign and portfolio figures, each an aggregate query over live campaigns, their members and live
 * contacts, built on {@link Definitions}.
 */
@Component
class AnalyticsQueries {

  static final int RECENT_RESPONSES = 10;
  static final int DASHBOARD_WEEKS = 12;

  static final List<String> CHANNELS = List.of("email", "phone", "mail");
  static final List<String> CAMPAIGN_STATUSES = List.of("draft", "sent", "completed");
  static final List<String> RESPONSE_STATUSES = List.of("pending", "responded", "converted", "not_interested");
  static final List<String> CONTACT_TYPES = Stream.of(ContactType.values()).map(ContactType::value).toList();

  // Members that count: of a live campaign, and whose contact is not in the trash.
  static final String MEMBERS = """
      from campaign_contacts m
      join campaigns k on k.tenant_id = m.tenant_id and k.id = m.campaign_id and k.deleted_at is null
      join contacts c on c.tenant_id = m.tenant_id and c.id = m.contact_id and c.deleted_at is null
      where m.tenant_id = :tenant""";

  /** The day a campaign belongs to a period by: its send date, or the day it was created when it has none. */
  static final String CAMPAIGN_DAY = "coalesce(k.send_date, (k.created_at at time zone 'UTC')::date)";

  private static final String WEEK = "(date_trunc('week', m.response_date at time zone 'UTC'))::date";

  private final JdbcClient jdbc;

  AnalyticsQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
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

  @Transactional(readOnly = true)
  DashboardReport dashboard(LocalDate today) {
    UUID tenant = CurrentTenant.require();
    var contactsByType = counts(CONTACT_TYPES,
        "select type, count(*) from contacts where tenant_id = :tenant and deleted_at is null group by type",
        scope(tenant));
    var campaignsByStatus = counts(CAMPAIGN_STATUSES,
        "select status, count(*) from campaigns where tenant_id = :tenant and deleted_at is null group by status",
        scope(tenant));
    Scope sent = scope(tenant).and(SENT_CAMPAIGN);
    var totals = totals(figures(sent, true));
    var drafts = totals(figures(scope(tenant).and("k.status = 'draft'"), false));
    var recent = jdbc.sql("""
            select c.id, c.display_name, k.id, k.name, m.status, m.response_date\s""" + MEMBERS + """
             and m.response_date is not null
            order by m.response_date desc, m.id limit :limit""")
        .param("tenant", tenant)
        .param("limit", RECENT_RESPONSES)
        .query((rs, n) -> new RecentResponse(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
        .list();
    LocalDate thisWeek = monday(today);
    return new DashboardReport(contactsByType, campaignsByStatus, totals, drafts,
        Definitions.rate(totals.responded(), totals.members()), Definitions.rate(totals.converted(), totals.members()),
        timeToResponse(sent), recent, results(CHANNELS, "k.channel", sent), results(CONTACT_TYPES, "c.type", sent),
        weeks(sent, thisWeek.minusWeeks(DASHBOARD_WEEKS - 1), thisWeek), Definitions.TEXT);
  }

  /** @throws NotFoundException when the campaign is not a live campaign of the current firm */
  @Transactional(readOnly = true)
  CampaignReport campaign(UUID campaignId) {
    UUID tenant = CurrentTenant.require();
    record Head(String name, String channel, String status, LocalDate sendDate) {}
    var head = jdbc.sql("""
            select name, channel, status, send_date from campaigns
            where tenant_id = ? and id = ? and deleted_at is null""")
        .params(tenant, campaignId)
        .query((rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getObject(4, LocalDate.class)))
        .optional()
        .orElseThrow(() -> NotFoundException.of("Campaign", campaignId));
    boolean sent = Definitions.SENT_STATUSES.contains(head.status());
    Scope members = scope(tenant).and("m.campaign_id = :campaign");
    members.params().put("campaign", campaignId);
    var byStatus = counts(RESPONSE_STATUSES, "select m.status, count(*) " + members.from() + " group by m.status",
        members);
    var figures = figures(members, sent);
    var time = timeToResponse(members);
    return new CampaignReport(campaignId, head.name(), head.channel(), head.status(), head.sendDate(), sent, figures,
        byStatus, figures.responseRate(), figures.conversionRate(), time.median(), time, weeks(members, null, null),
        results(CONTACT_TYPES, "c.type", members), results(List.of(head.channel()), "k.channel", members),
        Definitions.TEXT);
  }

  /** The campaigns of the period {@code from}–{@code to} (both included) side by side. */
  @Transactional(readOnly = true)
  PortfolioReport portfolio(LocalDate from, LocalDate to) {
    UUID tenant = CurrentTenant.require();
    Scope period = scope(tenant).and(CAMPAIGN_DAY + " between :from and :to");
    period.params().put("from", from);
    period.params().put("to", to);
    // Campaigns without members are in the period too, so the lines start from campaigns.
    List<PortfolioReport.Line> lines = jdbc.sql("""
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
            order by %s, k.name, k.id""".formatted(Definitions.RESPONDED, DAYS_TO_RESPONSE, CAMPAIGN_DAY,
            CAMPAIGN_DAY))
        .params(period.params())
        .query((rs, n) -> {
          boolean sent = Definitions.SENT_STATUSES.contains(rs.getString(4));
          var figures = MemberFigures.of(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
              sent);
          return new PortfolioReport.Line(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getObject(5, LocalDate.class), figures, oneDecimal(rs, 11));
        })
        .list();
    long campaignsSent = lines.stream().filter(l -> Definitions.SENT_STATUSES.contains(l.status())).count();
    Scope sent = period.and(SENT_CAMPAIGN);
    Map<String, Long> weeks = lines.isEmpty() ? new LinkedHashMap<>()
        : weeks(sent, null, null);
    return new PortfolioReport(from, to, lines, campaignsSent, lines.size() - campaignsSent, figures(sent, true),
        figures(period.and("k.status = 'draft'"), false), timeToResponse(sent), results(CHANNELS, "k.channel", sent),
        results(CONTACT_TYPES, "c.type", sent), weeks, Definitions.TEXT);
  }

  /** The members of {@code scope} by where their response stands, with rates when {@code sent}. */
  MemberFigures figures(Scope scope, boolean sent) {
    return jdbc.sql("select " + COUNTS + " " + scope.from())
        .params(scope.params())
        .query((rs, n) -> MemberFigures.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            sent))
        .single();
  }

  private static Totals totals(MemberFigures f) {
    return new Totals(f.total(), f.responded(), f.converted(), f.notInterested(), f.pending());
  }

  TimeToResponse timeToResponse(Scope scope) {
    String days = DAYS_TO_RESPONSE;
    var stats = jdbc.sql("""
            select count(%1$s), percentile_cont(0.5) within group (order by %1$s),
                   percentile_cont(0.25) within group (order by %1$s), percentile_cont(0.75) within group (order by %1$s)
            """.formatted(days) + scope.from())
        .params(scope.params())
        .query((rs, n) -> new TimeToResponse(rs.getLong(1), oneDecimal(rs, 2), oneDecimal(rs, 3), oneDecimal(rs, 4),
            List.of()))
        .single();
    Map<Integer, Long> perDay = new HashMap<>();
    jdbc.sql("select " + days + ", count(*) " + scope.from() + " and " + days + " is not null group by 1")
        .params(scope.params())
        .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
        .list()
        .forEach(e -> perDay.put(e.getKey(), e.getValue()));
    List<TimeToResponse.Bar> bars = new ArrayList<>();
    long before = perDay.entrySet().stream().filter(e -> e.getKey() < 0).mapToLong(Map.Entry::getValue).sum();
    long later = perDay.entrySet().stream().filter(e -> e.getKey() > TimeToResponse.LAST_DAY)
        .mapToLong(Map.Entry::getValue).sum();
    if (before > 0) {
      bars.add(new TimeToResponse.Bar(TimeToResponse.BEFORE_SENDING, before));
    }
    int lastDay = perDay.keySet().stream().filter(d -> d >= 0).mapToInt(Integer::intValue).max().orElse(-1);
    for (int day = 0; day <= Math.min(lastDay, TimeToResponse.LAST_DAY); day++) {
      bars.add(new TimeToResponse.Bar(Integer.toString(day), perDay.getOrDefault(day, 0L)));
    }
    if (later > 0) {
      bars.add(new TimeToResponse.Bar(TimeToResponse.LATER, later));
    }
    return new TimeToResponse(stats.responses(), stats.median(), stats.lowerQuartile(), stats.upperQuartile(),
        List.copyOf(bars));
  }

  /**
   * Responses per week keyed by the Monday, every week from {@code first} to {@code last} at 0 or more; without
   * bounds, from the week of the first response to the week of the last.
   */
  Map<String, Long> weeks(Scope scope, LocalDate first, LocalDate last) {
    Map<LocalDate, Long> found = new HashMap<>();
    jdbc.sql("select " + WEEK + ", count(*) " + scope.from() + " and m.response_date is not null group by 1")
        .params(scope.params())
        .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getLong(2)))
        .list()
        .forEach(e -> found.put(e.getKey(), e.getValue()));
    Map<String, Long> weeks = new LinkedHashMap<>();
    if (first == null) {
      if (found.isEmpty()) {
        return weeks;
      }
      first = found.keySet().stream().min(LocalDate::compareTo).orElseThrow();
      last = found.keySet().stream().max(LocalDate::compareTo).orElseThrow();
    }
    for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
      weeks.put(week.toString(), found.getOrDefault(week, 0L));
    }
    return weeks;
  }

  private Map<String, Long> counts(List<String> keys, String sql, Scope scope) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(key -> counts.put(key, 0L));
    jdbc.sql(sql).params(scope.params())
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  private Map<String, Results> results(List<String> keys, String column, Scope scope) {
    Map<String, Results> results = new LinkedHashMap<>();
    keys.forEach(key -> results.put(key, Results.NONE));
    jdbc.sql("select " + column + ", " + COUNTS + " " + scope.from() + " group by 1")
        .params(scope.params())
        .query((rs, n) -> Map.entry(rs.getString(1),
            Results.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))))
        .list()
        .forEach(e -> results.put(e.getKey(), e.getValue()));
    return results;
  }

  static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static BigDecimal oneDecimal(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }
}
