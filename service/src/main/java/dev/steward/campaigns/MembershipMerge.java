package dev.steward.campaigns;

import dev.steward.contacts.ContactMergeParticipant;
import dev.steward.contacts.MergeRows;
import dev.steward.tenancy.CurrentTenant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The campaigns' part of a merge: the duplicate's memberships move to the survivor, one per
 * campaign; where both were members, the survivor keeps the more advanced response (converted, then
 * responded, then not interested, then pending).
 */
@Component
class MembershipMerge implements ContactMergeParticipant {

  private static final String RANK =
      "case %s when 'converted' then 3 when 'responded' then 2 when 'not_interested' then 1 else 0 end";

  private final JdbcClient jdbc;

  MembershipMerge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Integer> countsOf(UUID contactId) {
    return Map.of(
        "campaigns",
        jdbc.sql("select count(*) from campaign_contacts where tenant_id = ? and contact_id = ?")
            .params(CurrentTenant.require(), contactId)
            .query(Integer.class)
            .single());
  }

  @Override
  public void merge(UUID duplicateId, UUID survivorId, MergeRows rows) {
    UUID tenant = CurrentTenant.require();
    rows.save("campaign_contacts", "t.contact_id in (?, ?)", duplicateId, survivorId);
    jdbc.sql(
            """
            update campaign_contacts kept
            set status = gone.status, response_date = gone.response_date,
                recorded_via = gone.recorded_via,
                notes = coalesce(kept.notes, gone.notes), updated_at = now(), version = kept.version + 1
            from campaign_contacts gone
            where kept.tenant_id = :tenant and gone.tenant_id = :tenant
              and kept.contact_id = :surv and gone.contact_id = :dup
              and kept.campaign_id = gone.campaign_id
              and %s > %s"""
                .formatted(RANK.formatted("gone.status"), RANK.formatted("kept.status")))
        .param("tenant", tenant)
        .param("surv", survivorId)
        .param("dup", duplicateId)
        .update();
    jdbc.sql(
            """
            delete from campaign_contacts gone
            where gone.tenant_id = :tenant and gone.contact_id = :dup
              and exists (select 1 from campaign_contacts kept where kept.tenant_id = :tenant
                          and kept.contact_id = :surv and kept.campaign_id = gone.campaign_id)""")
        .param("tenant", tenant)
        .param("surv", survivorId)
        .param("dup", duplicateId)
        .update();
    jdbc.sql(
            "update campaign_contacts set contact_id = ?, version = version + 1"
                + " where tenant_id = ? and contact_id = ?")
        .params(survivorId, tenant, duplicateId)
        .update();
  }

  @Override
  public void undo(UUID duplicateId, UUID survivorId, MergeRows rows) {
    rows.restore("campaign_contacts", "t.id = s.id");
  }
}
