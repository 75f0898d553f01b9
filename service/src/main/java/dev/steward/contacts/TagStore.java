package dev.steward.contacts;

import dev.steward.tenancy.CurrentTenant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tags and which contacts carry them. Tags are created on first use and matched case-insensitively.
 */
@Component
class TagStore {

  private final JdbcClient jdbc;

  TagStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Makes {@code names} the contact's tags, creating the missing ones. Must run inside a
   * transaction.
   */
  void setTags(UUID contactId, List<String> names) {
    UUID tenant = CurrentTenant.require();
    jdbc.sql("delete from contact_tags where tenant_id = ? and contact_id = ?")
        .params(tenant, contactId)
        .update();
    for (String name : names) {
      jdbc.sql(
              "insert into tags (id, tenant_id, name) values (?, ?, ?) on conflict (tenant_id, lower(name)) do nothing")
          .params(UUID.randomUUID(), tenant, name)
          .update();
      jdbc.sql(
              """
              insert into contact_tags (tenant_id, contact_id, tag_id)
              select ?, ?, id from tags where tenant_id = ? and lower(name) = lower(?)
              on conflict do nothing""")
          .params(tenant, contactId, tenant, name)
          .update();
    }
  }

  List<String> tagsOf(UUID contactId) {
    return jdbc.sql(
            """
            select t.name from contact_tags ct join tags t on t.id = ct.tag_id
            where ct.tenant_id = ? and ct.contact_id = ? order by lower(t.name)""")
        .params(CurrentTenant.require(), contactId)
        .query(String.class)
        .list();
  }

  Map<UUID, List<String>> tagsOf(Collection<UUID> contactIds) {
    Map<UUID, List<String>> tags = new HashMap<>();
    if (contactIds.isEmpty()) {
      return tags;
    }
    jdbc.sql(
            """
            select ct.contact_id, t.name from contact_tags ct join tags t on t.id = ct.tag_id
            where ct.tenant_id = :tenant and ct.contact_id in (:ids) order by lower(t.name)""")
        .param("tenant", CurrentTenant.require())
        .param("ids", contactIds)
        .query(
            rs -> {
              tags.computeIfAbsent(rs.getObject(1, UUID.class), id -> new java.util.ArrayList<>())
                  .add(rs.getString(2));
            });
    return tags;
  }

  /** Every tag of the firm with how many live contacts carry it. */
  @Transactional(readOnly = true)
  List<TagCount> counts() {
    return jdbc.sql(
            """
            select t.name, count(c.id) from tags t
            left join contact_tags ct on ct.tag_id = t.id
            left join contacts c on c.id = ct.contact_id and c.deleted_at is null
            where t.tenant_id = ? group by t.id, t.name order by lower(t.name)""")
        .param(CurrentTenant.require())
        .query((rs, n) -> new TagCount(rs.getString(1), rs.getLong(2)))
        .list();
  }

  @NullMarked
  record TagCount(String name, long contacts) {}
}
