package dev.steward.contacts;

import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes a bulk write back out: trashes the contacts it created and restores the ones it updated,
 * except those edited since (their version moved on), which are listed and left alone. Runs inside
 * the caller's transaction.
 */
@Component
class BulkUndo {

  private final JdbcClient jdbc;

  BulkUndo(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The created contacts are the staged rows the write created (a written batch's rows never change
   * again; a new contact starts at version 0); only updates need a before-image in the changes
   * table.
   */
  BulkUndone undo(ContactStaging staging, UUID batch) {
    UUID tenant = CurrentTenant.require();
    String rows = staging.rows();
    String changes = staging.changes();
    jdbc.sql("set local enable_seqscan = off").update();
    List<UUID> edited =
        jdbc.sql(
                """
                select ch.contact_id from %1$s ch join contacts c on c.id = ch.contact_id
                where ch.job_id = ? and ch.action = 'updated' and (c.version <> ch.version_after or c.deleted_at is not null)
                union
                select c.id from %2$s s join contacts c on c.id = s.new_id
                where s.job_id = ? and s.action = 'create' and (c.version <> 0 or c.deleted_at is not null)
                order by 1"""
                    .formatted(changes, rows))
            .params(batch, batch)
            .query(UUID.class)
            .list();
    restoreTags(changes, tenant, batch);
    String restore =
        BulkWriter.UPDATABLE.stream()
            .map(c -> c + " = ch.before ->> '" + c + "'")
            .collect(Collectors.joining(", "));
    long restored =
        jdbc.sql(
                """
                update contacts c set %1$s, custom_fields = ch.before -> 'custom_fields',
                  other_emails = coalesce(ch.before -> 'other_emails', c.other_emails),
                  other_phones = coalesce(ch.before -> 'other_phones', c.other_phones),
                  external_id = case when ch.before -> 'external_id' is not null then ch.before ->> 'external_id'
                    else c.external_id end,
                  updated_at = now(),
                  version = c.version + 1
                from %2$s ch
                where ch.job_id = ? and ch.action = 'updated' and c.id = ch.contact_id and c.version = ch.version_after
                  and c.deleted_at is null"""
                    .formatted(restore, changes))
            .param(batch)
            .update();
    long removed =
        jdbc.sql(
                """
                update contacts c set deleted_at = now(), updated_at = now(), version = c.version + 1
                from %s s
                where s.job_id = ? and s.action = 'create' and c.id = s.new_id and c.version = 0
                  and c.deleted_at is null"""
                    .formatted(rows))
            .param(batch)
            .update();
    jdbc.sql("reset enable_seqscan").update();
    return new BulkUndone(removed, restored, edited);
  }

  /** The updated contacts that nobody edited since get back the tags they had before. */
  private void restoreTags(String changes, UUID tenant, UUID batch) {
    String untouched =
        """
        select ch.contact_id from %s ch join contacts c on c.id = ch.contact_id
        where ch.job_id = ? and ch.action = 'updated' and c.version = ch.version_after
          and c.deleted_at is null"""
            .formatted(changes);
    jdbc.sql("delete from contact_tags where tenant_id = ? and contact_id in (" + untouched + ")")
        .params(tenant, batch)
        .update();
    jdbc.sql(
            """
            insert into tags (id, tenant_id, name)
            select gen_random_uuid(), ?, t.name
            from %s ch, jsonb_array_elements_text(ch.before -> 'tags') t(name)
            where ch.job_id = ? and ch.action = 'updated'
            on conflict (tenant_id, lower(name)) do nothing"""
                .formatted(changes))
        .params(tenant, batch)
        .update();
    jdbc.sql(
            """
            insert into contact_tags (tenant_id, contact_id, tag_id)
            select ?, ch.contact_id, tg.id
            from %s ch join contacts c on c.id = ch.contact_id
            cross join lateral jsonb_array_elements_text(ch.before -> 'tags') t(name)
            join tags tg on tg.tenant_id = ? and lower(tg.name) = lower(t.name)
            where ch.job_id = ? and ch.action = 'updated' and c.version = ch.version_after
              and c.deleted_at is null
            on conflict do nothing"""
                .formatted(changes))
        .params(tenant, tenant, batch)
        .update();
  }
}
