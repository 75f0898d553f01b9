package dev.steward.reports;

import static dev.steward.reports.Definitions.DAYS_TO_RESPONSE;

import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.ReplicaReads;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every member of a campaign, streamed from the database in batches: PostgreSQL hands rows to a
 * cursor inside the caller's transaction, so a campaign of 100,000 members never sits in memory.
 */
@Component
class MemberList {

  static final int FETCH_SIZE = 5_000;

  private final JdbcClient jdbc;

  MemberList(ReplicaReads reads) {
    var template = new JdbcTemplate(reads.dataSource());
    template.setFetchSize(FETCH_SIZE);
    this.jdbc = JdbcClient.create(template);
  }

  /**
   * Hands each live member of the campaign to {@code row}, by name. Needs a {@link
   * dev.steward.tenancy.ReadsFromReplica} transaction.
   */
  void forEach(UUID campaignId, Consumer<MemberRow> row) {
    jdbc.sql(
            """
            select c.display_name, c.type, c.company_name, c.email, c.phone, c.city,
                   (m.added_at at time zone 'UTC')::date, m.status, m.response_date, %s, m.recorded_via
            """
                    .formatted(DAYS_TO_RESPONSE)
                + MemberScope.MEMBERS
                + """
             and m.campaign_id = :campaign
            order by c.display_name, m.id""")
        .param("tenant", CurrentTenant.require())
        .param("campaign", campaignId)
        .query(
            rs -> {
              var responded = rs.getTimestamp(9);
              int days = rs.getInt(10);
              Integer daysToResponse = rs.wasNull() ? null : days;
              row.accept(
                  new MemberRow(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getObject(7, LocalDate.class),
                      rs.getString(8),
                      responded == null ? null : responded.toInstant(),
                      daysToResponse,
                      rs.getString(11)));
            });
  }
}
