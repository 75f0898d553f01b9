package dev.steward.contacts;

import dev.steward.tenancy.CurrentTenant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contacts feature's own part of a merge: relationships (never to itself, never a pair twice)
 * and tags.
 */
@Component
class RelationsAndTagsMerge implements ContactMergeParticipant {

  private static final String[] SYMMETRIC =
      Arrays.stream(RelationshipType.values())
          .filter(RelationshipType::symmetric)
          .map(type -> type.name().toLowerCase(java.util.Locale.ROOT))
          .toArray(String[]::new);

  private final JdbcClient jdbc;

  RelationsAndTagsMerge(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Integer> countsOf(UUID contactId) {
    UUID tenant = CurrentTenant.require();
    var counts = new LinkedHashMap<String, Integer>();
    counts.put(
        "relationships",
        jdbc.sql(
                """
                select count(*) from relationships where tenant_id = ?
                  and (from_contact_id = ? or to_contact_id = ?)""")
            .params(tenant, contactId, contactId)
            .query(Integer.class)
            .single());
    counts.put(
        "tags",
        jdbc.sql("select count(*) from contact_tags where tenant_id = ? and contact_id = ?")
            .params(tenant, contactId)
            .query(Integer.class)
            .single());
    return counts;
  }

  @Override
  public void merge(UUID duplicateId, UUID survivorId, MergeRows rows) {
    UUID tenant = CurrentTenant.require();
    rows.save(
        "relationships", "t.from_contact_id = ? or t.to_contact_id = ?", duplicateId, duplicateId);
    rows.save("contact_tags", "t.contact_id in (?, ?)", duplicateId, survivorId);
    // The duplicate's edges, as they will read once it is the survivor: those that would link the
    // survivor to itself, or repeat one of its edges, go.
    jdbc.sql(
            """
            with moved as (
              select r.id, r.type,
                     case when r.from_contact_id = :dup then :surv else r.from_contact_id end as from_id,
                     case when r.to_contact_id = :dup then :surv else r.to_contact_id end as to_id
              from relationships r
              where r.tenant_id = :tenant and (r.from_contact_id = :dup or r.to_contact_id = :dup))
            delete from relationships gone using moved m
            where gone.id = m.id
              and (m.from_id = m.to_id
                   or exists (select 1 from relationships kept
                              where kept.tenant_id = :tenant and kept.type = m.type
                                and kept.from_contact_id <> :dup and kept.to_contact_id <> :dup
                                and ((kept.from_contact_id = m.from_id and kept.to_contact_id = m.to_id)
                                     or (m.type = any(:symmetric)
                                         and kept.from_contact_id = m.to_id
                                         and kept.to_contact_id = m.from_id))))""")
        .param("dup", duplicateId)
        .param("surv", survivorId)
        .param("tenant", tenant)
        .param("symmetric", SYMMETRIC)
        .update();
    jdbc.sql(
            """
            update relationships set from_contact_id = ? where tenant_id = ? and from_contact_id = ?""")
        .params(survivorId, tenant, duplicateId)
        .update();
    jdbc.sql(
            """
            update relationships set to_contact_id = ? where tenant_id = ? and to_contact_id = ?""")
        .params(survivorId, tenant, duplicateId)
        .update();
    jdbc.sql(
            """
            insert into contact_tags (tenant_id, contact_id, tag_id)
            select tenant_id, ?, tag_id from contact_tags where tenant_id = ? and contact_id = ?
            on conflict do nothing""")
        .params(survivorId, tenant, duplicateId)
        .update();
    jdbc.sql("delete from contact_tags where tenant_id = ? and contact_id = ?")
        .params(tenant, duplicateId)
        .update();
  }

  @Override
  public void undo(UUID duplicateId, UUID survivorId, MergeRows rows) {
    rows.restore("relationships", "t.id = s.id");
    rows.restore(
        "contact_tags", "t.tag_id = s.tag_id and t.contact_id in (?, ?)", duplicateId, survivorId);
  }
}
