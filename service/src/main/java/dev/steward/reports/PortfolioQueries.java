package dev.steward.reports;

import static dev.steward.reports.AnalyticsQueries.CHANNELS;
import static dev.steward.reports.AnalyticsQueries.CONTACT_TYPES;
import static dev.steward.reports.Definitions.DAYS_TO_RESPONSE;
import static dev.steward.reports.Definitions.SENT_CAMPAIGN;

import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.ReadsFromReplica;
import dev.steward.tenancy.ReplicaReads;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The portfolio figures: the campaigns of a period side by side, and their sums. */
@Component
class PortfolioQueries {

  /**
   * The day a campaign belongs to a period by: its send date, or the day it was created when it has
   * none.
   */
  static final String CAMPAIGN_DAY =
      "coalesce(k.send_date, (k.created_at at time zone 'UTC')::date)";

  private final JdbcClient jdbc;
  private final AnalyticsQueries analytics;

  PortfolioQueries(ReplicaReads reads, AnalyticsQueries analytics) {
    this.jdbc = reads.jdbc();
    this.analytics = analytics;
  }

  /** The campaigns of the period {@code from}–{@code to} (both included) side by side. */
  @ReadsFromReplica
  PortfolioReport portfolio(LocalDate from, LocalDate to) {
    UUID tenant = CurrentTenant.require();
    MemberScope period = MemberScope.of(tenant).and(CAMPAIGN_DAY + " between :from and :to");
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
        analytics.figures(period.and("k.status = 'draft'"), false),
        sent.timeToResponse(),
        sent.byChannel(CHANNELS),
        sent.byType(CONTACT_TYPES),
        sent.weeks(null, null),
        Definitions.TEXT);
  }

  private static BigDecimal oneDecimal(ResultSet rs, int column) throws SQLException {
    double value = rs.getDouble(column);
    return rs.wasNull() ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }
}
