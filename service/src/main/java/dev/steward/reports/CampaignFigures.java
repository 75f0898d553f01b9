package dev.steward.reports;

import dev.steward.tenancy.CurrentTenant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Member counts and rates of campaigns, as {@link Definitions} defines them, for the campaign list
 * and page. Counts cover members whose contact is not in the trash; the campaigns themselves may be
 * in the trash (the trash list shows their counts too). Works within the current tenant.
 */
@Service
public class CampaignFigures {

  private final JdbcClient jdbc;

  CampaignFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The figures of one campaign; {@link MemberFigures#NONE} when it does not exist. */
  @Transactional(readOnly = true)
  public MemberFigures of(UUID campaignId) {
    return of(List.of(campaignId)).getOrDefault(campaignId, MemberFigures.NONE);
  }

  /**
   * The figures of each of the campaigns, in one query; campaigns that do not exist are left out.
   */
  @Transactional(readOnly = true)
  public Map<UUID, MemberFigures> of(Collection<UUID> campaignIds) {
    Map<UUID, MemberFigures> figures = new HashMap<>();
    if (campaignIds.isEmpty()) {
      return figures;
    }
    jdbc.sql(
            """
            select k.id, k.status, n.*
            from campaigns k
            left join lateral (
              select %s
              from campaign_contacts m
              join contacts c on c.tenant_id = m.tenant_id and c.id = m.contact_id and c.deleted_at is null
              where m.tenant_id = k.tenant_id and m.campaign_id = k.id) n on true
            where k.tenant_id = :tenant and k.id in (:ids)"""
                .formatted(Definitions.COUNTS))
        .param("tenant", CurrentTenant.require())
        .param("ids", List.copyOf(campaignIds))
        .query(
            (rs, n) ->
                Map.entry(
                    rs.getObject(1, UUID.class),
                    MemberFigures.of(
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        Definitions.SENT_STATUSES.contains(rs.getString(2)))))
        .list()
        .forEach(e -> figures.put(e.getKey(), e.getValue()));
    return figures;
  }
}
