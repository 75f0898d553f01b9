package dev.steward.reports;

import dev.steward.campaigns.CampaignStatus;
import dev.steward.campaigns.Channel;
import dev.steward.campaigns.ResponseStatus;
import dev.steward.contacts.ContactType;
import dev.steward.platform.NotFoundException;
import dev.steward.reports.DashboardReport.RecentResponse;
import dev.steward.reports.DashboardReport.Totals;
import dev.steward.tenancy.CurrentTenant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard and campaign figures, each one aggregate query over live campaigns, members and contacts. */
@Component
class AnalyticsQueries {

  static final int RECENT_RESPONSES = 10;
  static final int DASHBOARD_WEEKS = 12;

  // Members that count: of a live campaign, and whose contact is not in the trash.
  private static final String MEMBERS = """
      from campaign_contacts m
      join campaigns k on k.tenant_id = m.tenant_id and k.id = m.campaign_id and k.deleted_at is null
      join contacts c on c.tenant_id = m.tenant_id and c.id = m.contact_id and c.deleted_at is null
      where m.tenant_id = :tenant""";

  private static final String RESULTS = """
      count(*), count(*) filter (where m.status <> 'pending'), count(*) filter (where m.status = 'converted')""";

  private static final String WEEK = "(date_trunc('week', m.response_date at time zone 'UTC'))::date";

  private final JdbcClient jdbc;

  AnalyticsQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  DashboardReport dashboard(LocalDate today) {
    UUID tenant = CurrentTenant.require();
    var contactsByType = counts(words(ContactType.values(), ContactType::value),
        "select type, count(*) from contacts where tenant_id = :tenant and deleted_at is null group by type", tenant);
    var campaignsByStatus = counts(words(CampaignStatus.values(), CampaignStatus::value),
        "select status, count(*) from campaigns where tenant_id = :tenant and deleted_at is null group by status",
        tenant);
    var totals = jdbc.sql("""
            select count(*), count(*) filter (where m.status <> 'pending'),
                   count(*) filter (where m.status = 'converted'), count(*) filter (where m.status = 'not_interested'),
                   count(*) filter (where m.status = 'pending')\s""" + MEMBERS)
        .param("tenant", tenant)
        .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
        .single();
    var recent = jdbc.sql("""
            select c.id, c.display_name, k.id, k.name, m.status, m.response_date\s""" + MEMBERS + """
             and m.response_date is not null
            order by m.response_date desc, m.id limit :limit""")
        .param("tenant", tenant)
        .param("limit", RECENT_RESPONSES)
        .query((rs, n) -> new RecentResponse(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
        .list();
    LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate firstWeek = thisWeek.minusWeeks(DASHBOARD_WEEKS - 1);
    Map<String, Long> perWeek = new LinkedHashMap<>();
    Stream.iterate(firstWeek, w -> !w.isAfter(thisWeek), w -> w.plusWeeks(1)).forEach(w -> perWeek.put(w.toString(), 0L));
    jdbc.sql("select " + WEEK + ", count(*) " + MEMBERS + " and m.response_date is not null and " + WEEK
            + " >= :first group by 1")
        .param("tenant", tenant)
        .param("first", firstWeek)
        .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class).toString(), rs.getLong(2)))
        .list()
        .forEach(e -> perWeek.computeIfPresent(e.getKey(), (week, zero) -> e.getValue()));
    return new DashboardReport(contactsByType, campaignsByStatus, totals,
        rate(totals.responded(), totals.members()), rate(totals.converted(), totals.members()), recent,
        results(words(Channel.values(), Channel::value), "k.channel", "", tenant, null),
        results(words(ContactType.values(), ContactType::value), "c.type", "", tenant, null), perWeek);
  }

  /** @throws NotFoundException when the campaign is not a live campaign of the current firm */
  @Transactional(readOnly = true)
  CampaignReport campaign(UUID campaignId) {
    UUID tenant = CurrentTenant.require();
    String name = jdbc.sql("select name from campaigns where tenant_id = ? and id = ? and deleted_at is null")
        .params(tenant, campaignId)
        .query(String.class)
        .optional()
        .orElseThrow(() -> NotFoundException.of("Campaign", campaignId));
    String ofCampaign = " and m.campaign_id = :campaign";
    var byStatus = counts(words(ResponseStatus.values(), ResponseStatus::value),
        "select m.status, count(*) " + MEMBERS + ofCampaign + " group by m.status", tenant, campaignId);
    long members = byStatus.values().stream().mapToLong(Long::longValue).sum();
    long responded = members - byStatus.get(ResponseStatus.PENDING.value());
    BigDecimal median = jdbc.sql("""
            select round((percentile_cont(0.5) within group (order by
                     extract(epoch from m.response_date
                       - coalesce(k.send_date::timestamp at time zone 'UTC', m.added_at)) / 86400))::numeric, 1)
            """ + MEMBERS + ofCampaign + " and m.response_date is not null")
        .param("tenant", tenant)
        .param("campaign", campaignId)
        .query(BigDecimal.class)
        .optional()
        .orElse(null);
    Map<String, Long> perWeek = new LinkedHashMap<>();
    jdbc.sql("select " + WEEK + ", count(*) " + MEMBERS + ofCampaign
            + " and m.response_date is not null group by 1 order by 1")
        .param("tenant", tenant)
        .param("campaign", campaignId)
        .query((rs, n) -> Map.entry(rs.getObject(1, LocalDate.class).toString(), rs.getLong(2)))
        .list()
        .forEach(e -> perWeek.put(e.getKey(), e.getValue()));
    return new CampaignReport(campaignId, name, byStatus, rate(responded, members),
        rate(byStatus.get(ResponseStatus.CONVERTED.value()), members), median, perWeek,
        results(words(ContactType.values(), ContactType::value), "c.type", ofCampaign, tenant, campaignId));
  }

  /** {@code numerator / denominator} with four decimals; 0 when there is nothing to divide by. */
  static BigDecimal rate(long numerator, long denominator) {
    if (denominator == 0) {
      return BigDecimal.ZERO.setScale(4);
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
  }

  private Map<String, Long> counts(List<String> keys, String sql, UUID tenant, UUID... campaign) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(key -> counts.put(key, 0L));
    var statement = jdbc.sql(sql).param("tenant", tenant);
    if (campaign.length > 0) {
      statement = statement.param("campaign", campaign[0]);
    }
    statement.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  private Map<String, Results> results(List<String> keys, String column, String condition, UUID tenant,
      UUID campaignId) {
    Map<String, Results> results = new LinkedHashMap<>();
    keys.forEach(key -> results.put(key, Results.NONE));
    var statement = jdbc.sql("select " + column + ", " + RESULTS + " " + MEMBERS + condition + " group by 1")
        .param("tenant", tenant);
    if (campaignId != null) {
      statement = statement.param("campaign", campaignId);
    }
    statement.query((rs, n) -> Map.entry(rs.getString(1), new Results(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
        .list()
        .forEach(e -> results.put(e.getKey(), e.getValue()));
    return results;
  }

  private static <E> List<String> words(E[] values, Function<E, String> word) {
    return Stream.of(values).map(word).toList();
  }
}
