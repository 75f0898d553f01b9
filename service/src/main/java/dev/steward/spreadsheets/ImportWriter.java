package dev.steward.spreadsheets;

import dev.steward.tenancy.CurrentTenant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a decided import into the CRM with set-based SQL from the staging table, and takes it back
 * out on undo. Both run inside the caller's one transaction: a failure anywhere leaves the CRM as
 * it was.
 */
@Component
class ImportWriter {

  /** Rows per step of a commit; progress is reported after each. */
  static final int STEP = 50_000;

  private static final List<String> UPDATABLE =
      StagedRow.COLUMNS.stream().filter(c -> !c.equals("type")).toList();

  private final JdbcClient jdbc;

  ImportWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Creates and updates the contacts of a decided job; {@code progress} hears the rows done so far.
   */
  void write(UUID job, UUID userId, IntConsumer progress) {
    UUID tenant = CurrentTenant.require();
    // Contacts inserted earlier in this transaction are missing from the planner's statistics,
    // which then loops over
    // the whole table once per staged row; index scans (staging by row range, contacts by id) are
    // the right plan.
    jdbc.sql("set local enable_seqscan = off").update();
    ImportStore.useBulkMemory(jdbc);
    var range =
        jdbc.sql(
                "select coalesce(min(row_number), 0), coalesce(max(row_number), -1) from import_staging"
                    + " where job_id = ?")
            .param(job)
            .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
            .single();
    String columns = String.join(", ", StagedRow.COLUMNS);
    String staged = StagedRow.COLUMNS.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
    String assignments =
        UPDATABLE.stream()
            .map(
                c ->
                    c.equals("email") || c.equals("phone")
                        ? c + " = " + primary(c)
                        : c
                            + " = case when "
                            + ImportStore.held("s", c)
                            + " then c."
                            + c
                            + " else coalesce(s."
                            + c
                            + ", c."
                            + c
                            + ") end")
            .collect(Collectors.joining(", "));
    // Without rows to update (a first import), the update statements are skipped: on freshly loaded
    // tables the
    // planner has been seen to drive them from the contacts side, looping over the staging rows per
    // contact.
    boolean updates =
        jdbc.sql(
                "select exists (select 1 from import_staging where job_id = ? and action = 'update')")
            .param(job)
            .query(Boolean.class)
            .single();
    int done = 0;
    for (int low = range[0]; low <= range[1]; low += STEP) {
      int high = low + STEP - 1;
      if (updates) {
        update(job, low, high, assignments);
      }
      jdbc.sql(
              """
              insert into contacts (id, tenant_id, %s, custom_fields, other_emails, other_phones, external_id,
                created_by)
              select s.new_id, s.tenant_id, %s, s.custom_fields, s.other_emails, s.other_phones, s.external_id, ?
              from import_staging s where s.job_id = ? and s.action = 'create' and s.row_number between ? and ?"""
                  .formatted(columns, staged))
          .params(userId, job, low, high)
          .update();
      done +=
          jdbc.sql(
                  "select count(*) from import_staging where job_id = ? and row_number between ? and ?")
              .params(job, low, high)
              .query(Integer.class)
              .single();
      progress.accept(done);
    }
    jdbc.sql(
            """
            insert into tags (id, tenant_id, name)
            select gen_random_uuid(), ?, name from (
              select distinct on (lower(t.name)) t.name from import_staging s, unnest(s.tags) t(name)
              where s.job_id = ? and s.action in ('create', 'update')) names
            on conflict (tenant_id, lower(name)) do nothing""")
        .params(tenant, job)
        .update();
    jdbc.sql(
            """
            insert into contact_tags (tenant_id, contact_id, tag_id)
            select s.tenant_id, coalesce(s.contact_id, s.new_id), tg.id from import_staging s
            cross join lateral unnest(s.tags) t(name)
            join tags tg on tg.tenant_id = ? and lower(tg.name) = lower(t.name)
            where s.job_id = ? and s.action in ('create', 'update')
            on conflict do nothing""")
        .params(tenant, job)
        .update();
    jdbc.sql("reset enable_seqscan").update();
  }

  /**
   * The rows to update of one step, driven from the staging side (a materialized set, then contacts
   * by id).
   */
  private void update(UUID job, int low, int high, String assignments) {
    jdbc.sql(
            """
            with s as materialized (
              select * from import_staging where job_id = ? and action = 'update' and row_number between ? and ?)
            insert into import_changes (tenant_id, job_id, contact_id, action, before, version_after)
            select c.tenant_id, s.job_id, c.id, 'updated', %s, c.version + 1
            from s join contacts c on c.id = s.contact_id"""
                .formatted(beforeImage()))
        .params(job, low, high)
        .update();
    jdbc.sql(
            """
            with s as materialized (
              select * from import_staging where job_id = ? and action = 'update' and row_number between ? and ?)
            update contacts c set %s, custom_fields = c.custom_fields || s.custom_fields,
              other_emails = case when s.other_emails = '[]'::jsonb and c.other_emails = '[]'::jsonb
                  and (s.email is null or c.email is null or s.email = lower(c.email)) then c.other_emails
                else steward_merge_others(c.other_emails,
                  case when s.email is null then s.other_emails
                       else jsonb_build_array(jsonb_build_object('address', s.email, 'label', 'other')) || s.other_emails end,
                  'address', %s) end,
              other_phones = case when s.other_phones = '[]'::jsonb and c.other_phones = '[]'::jsonb
                  and (s.phone is null or c.phone is null or s.phone = c.phone) then c.other_phones
                else steward_merge_others(c.other_phones,
                  case when s.phone is null then s.other_phones
                       else jsonb_build_array(jsonb_build_object('number', s.phone, 'label', 'other')) || s.other_phones end,
                  'number', %s) end,
              external_id = coalesce(s.external_id, c.external_id),
              updated_at = now(), version = c.version + 1
            from s where c.id = s.contact_id"""
                .formatted(assignments, primary("email"), primary("phone")))
        .params(job, low, high)
        .update();
  }

  /**
   * SQL for the contact's primary {@code column} after the update. A row that matched by another
   * email leaves the contact's primary one as it is: when the row's email is one of the contact's
   * others, or the contact's email one of the row's others. The row's email then joins the others.
   * A row of a linked sheet (with its Steward ID) sets the primary as before.
   */
  private static String primary(String column) {
    return "case when %1$s then c.%2$s else coalesce(s.%2$s, c.%2$s) end"
        .formatted(keepsPrimary(column), column);
  }

  private static String keepsPrimary(String column) {
    String keys =
        column.equals("email")
            ? "(steward_email_keys(c.other_emails) @> array[s.email]"
                + " or steward_email_keys(s.other_emails) @> array[lower(c.email)])"
            : "(steward_phone_keys(c.other_phones) @> array[s.phone]"
                + " or steward_phone_keys(s.other_phones) @> array[c.phone])";
    return "(%s or (s.steward_id is null and c.%s is not null and %s))"
        .formatted(ImportStore.held("s", column), column, keys);
  }

  private static String beforeImage() {
    var pairs = new ArrayList<String>();
    for (String column : UPDATABLE) {
      pairs.add("'" + column + "', c." + column);
    }
    pairs.add("'custom_fields', c.custom_fields");
    pairs.add("'other_emails', c.other_emails");
    pairs.add("'other_phones', c.other_phones");
    pairs.add("'external_id', c.external_id");
    pairs.add(
        """
        'tags', (select coalesce(jsonb_agg(tg.name), '[]') from contact_tags ct join tags tg on tg.id = ct.tag_id
                 where ct.contact_id = c.id)""");
    return "jsonb_build_object(" + String.join(", ", pairs) + ")";
  }

  /** The outcome of an undo. */
  record Undone(long removed, long restored, List<UUID> editedSince) {

    Map<String, Object> asMap() {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("removed", removed);
      map.put("restored", restored);
      map.put("editedSince", editedSince);
      return map;
    }
  }

  /**
   * Trashes the contacts the job created and restores the ones it updated, except those edited
   * since the commit (their version moved on), which are listed and left alone. The created ones
   * are the staged rows the commit created (a committed job's staging rows never change again; a
   * new contact starts at version 0); only updates need a before-image in import_changes.
   */
  Undone undo(UUID job) {
    UUID tenant = CurrentTenant.require();
    jdbc.sql("set local enable_seqscan = off").update();
    List<UUID> edited =
        jdbc.sql(
                """
            select ch.contact_id from import_changes ch join contacts c on c.id = ch.contact_id
            where ch.job_id = ? and ch.action = 'updated' and (c.version <> ch.version_after or c.deleted_at is not null)
            union
            select c.id from import_staging s join contacts c on c.id = s.new_id
            where s.job_id = ? and s.action = 'create' and (c.version <> 0 or c.deleted_at is not null)
            order by 1""")
            .params(job, job)
            .query(UUID.class)
            .list();
    String untouched =
        """
        select ch.contact_id from import_changes ch join contacts c on c.id = ch.contact_id
        where ch.job_id = ? and ch.action = 'updated' and c.version = ch.version_after and c.deleted_at is null""";
    jdbc.sql("delete from contact_tags where tenant_id = ? and contact_id in (" + untouched + ")")
        .params(tenant, job)
        .update();
    jdbc.sql(
            """
            insert into tags (id, tenant_id, name)
            select gen_random_uuid(), ?, t.name from import_changes ch, jsonb_array_elements_text(ch.before -> 'tags') t(name)
            where ch.job_id = ? and ch.action = 'updated'
            on conflict (tenant_id, lower(name)) do nothing""")
        .params(tenant, job)
        .update();
    jdbc.sql(
            """
            insert into contact_tags (tenant_id, contact_id, tag_id)
            select ?, ch.contact_id, tg.id
            from import_changes ch join contacts c on c.id = ch.contact_id
            cross join lateral jsonb_array_elements_text(ch.before -> 'tags') t(name)
            join tags tg on tg.tenant_id = ? and lower(tg.name) = lower(t.name)
            where ch.job_id = ? and ch.action = 'updated' and c.version = ch.version_after and c.deleted_at is null
            on conflict do nothing""")
        .params(tenant, tenant, job)
        .update();
    String restore =
        UPDATABLE.stream()
            .map(c -> c + " = ch.before ->> '" + c + "'")
            .collect(Collectors.joining(", "));
    long restored =
        jdbc.sql(
                """
            update contacts c set %s, custom_fields = ch.before -> 'custom_fields',
              other_emails = coalesce(ch.before -> 'other_emails', c.other_emails),
              other_phones = coalesce(ch.before -> 'other_phones', c.other_phones),
              external_id = case when ch.before -> 'external_id' is not null then ch.before ->> 'external_id' else c.external_id end,
              updated_at = now(),
              version = c.version + 1
            from import_changes ch
            where ch.job_id = ? and ch.action = 'updated' and c.id = ch.contact_id and c.version = ch.version_after
              and c.deleted_at is null"""
                    .formatted(restore))
            .param(job)
            .update();
    long removed =
        jdbc.sql(
                """
            update contacts c set deleted_at = now(), updated_at = now(), version = c.version + 1
            from import_staging s
            where s.job_id = ? and s.action = 'create' and c.id = s.new_id and c.version = 0 and c.deleted_at is null""")
            .param(job)
            .update();
    jdbc.sql("reset enable_seqscan").update();
    return new Undone(removed, restored, edited);
  }
}
