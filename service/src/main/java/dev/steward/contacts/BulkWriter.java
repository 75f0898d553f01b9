package dev.steward.contacts;

import dev.steward.tenancy.CurrentTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates and updates contacts set-based from a staging table, a step of rows at a time, and links
 * their tags. Runs inside the caller's one transaction: a failure anywhere leaves the CRM as it
 * was.
 */
@Component
class BulkWriter {

  /** The contact columns an update sets from a row; a contact's type stays as it is. */
  static final List<String> UPDATABLE =
      ContactBulk.COLUMNS.stream().filter(c -> !c.equals("type")).toList();

  private final JdbcClient jdbc;

  BulkWriter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void write(ContactStaging staging, UUID batch, UUID createdBy, IntConsumer progress) {
    UUID tenant = CurrentTenant.require();
    String rows = staging.rows();
    // Contacts inserted earlier in this transaction are missing from the planner's statistics,
    // which then loops over the whole table once per staged row; index scans (staging by row
    // range, contacts by id) are the right plan.
    jdbc.sql("set local enable_seqscan = off").update();
    ContactBulk.useBulkMemory(jdbc);
    var range =
        jdbc.sql(
                "select coalesce(min(row_number), 0), coalesce(max(row_number), -1) from "
                    + rows
                    + " where job_id = ?")
            .param(batch)
            .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
            .single();
    String columns = String.join(", ", ContactBulk.COLUMNS);
    String staged =
        ContactBulk.COLUMNS.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
    String assignments =
        UPDATABLE.stream()
            .map(
                c ->
                    c.equals("email") || c.equals("phone")
                        ? c + " = " + primary(c)
                        : "%1$s = case when %2$s then c.%1$s else coalesce(s.%1$s, c.%1$s) end"
                            .formatted(c, held("s", c)))
            .collect(Collectors.joining(", "));
    // Without rows to update (a first import), the update statements are skipped: on freshly
    // loaded tables the planner has been seen to drive them from the contacts side, looping over
    // the staging rows per contact.
    boolean updates =
        jdbc.sql(
                "select exists (select 1 from " + rows + " where job_id = ? and action = 'update')")
            .param(batch)
            .query(Boolean.class)
            .single();
    int done = 0;
    for (int low = range[0]; low <= range[1]; low += ContactBulk.STEP) {
      int high = low + ContactBulk.STEP - 1;
      if (updates) {
        update(staging, batch, low, high, assignments);
      }
      jdbc.sql(
              """
              insert into contacts (id, tenant_id, %1$s, custom_fields, other_emails, other_phones, external_id,
                created_by)
              select s.new_id, s.tenant_id, %2$s, s.custom_fields, s.other_emails, s.other_phones, s.external_id, ?
              from %3$s s where s.job_id = ? and s.action = 'create' and s.row_number between ? and ?"""
                  .formatted(columns, staged, rows))
          .params(createdBy, batch, low, high)
          .update();
      done +=
          jdbc.sql(
                  "select count(*) from "
                      + rows
                      + " where job_id = ? and row_number between ? and ?")
              .params(batch, low, high)
              .query(Integer.class)
              .single();
      progress.accept(done);
    }
    linkTags(rows, tenant, batch);
    jdbc.sql("reset enable_seqscan").update();
  }

  private void linkTags(String rows, UUID tenant, UUID batch) {
    jdbc.sql(
            """
            insert into tags (id, tenant_id, name)
            select gen_random_uuid(), ?, name from (
              select distinct on (lower(t.name)) t.name from %s s, unnest(s.tags) t(name)
              where s.job_id = ? and s.action in ('create', 'update')) names
            on conflict (tenant_id, lower(name)) do nothing"""
                .formatted(rows))
        .params(tenant, batch)
        .update();
    jdbc.sql(
            """
            insert into contact_tags (tenant_id, contact_id, tag_id)
            select s.tenant_id, coalesce(s.contact_id, s.new_id), tg.id from %s s
            cross join lateral unnest(s.tags) t(name)
            join tags tg on tg.tenant_id = ? and lower(tg.name) = lower(t.name)
            where s.job_id = ? and s.action in ('create', 'update')
            on conflict do nothing"""
                .formatted(rows))
        .params(tenant, batch)
        .update();
  }

  /**
   * The rows to update of one step, driven from the staging side (a materialized set, then contacts
   * by id), after keeping each contact's values as they were for undo.
   */
  private void update(ContactStaging staging, UUID batch, int low, int high, String assignments) {
    String step =
        "select * from %s where job_id = ? and action = 'update' and row_number between ? and ?"
            .formatted(staging.rows());
    jdbc.sql(
            """
            with s as materialized (%1$s)
            insert into %2$s (tenant_id, job_id, contact_id, action, before, version_after)
            select c.tenant_id, s.job_id, c.id, 'updated', %3$s, c.version + 1
            from s join contacts c on c.id = s.contact_id"""
                .formatted(step, staging.changes(), beforeImage()))
        .params(batch, low, high)
        .update();
    jdbc.sql(
            """
            with s as materialized (%1$s)
            update contacts c set %2$s, custom_fields = c.custom_fields || s.custom_fields,
              other_emails = case when s.other_emails = '[]'::jsonb and c.other_emails = '[]'::jsonb
                  and (s.email is null or c.email is null or s.email = lower(c.email)) then c.other_emails
                else steward_merge_others(c.other_emails,
                  case when s.email is null then s.other_emails
                       else jsonb_build_array(jsonb_build_object('address', s.email, 'label', 'other')) || s.other_emails end,
                  'address', %3$s) end,
              other_phones = case when s.other_phones = '[]'::jsonb and c.other_phones = '[]'::jsonb
                  and (s.phone is null or c.phone is null or s.phone = c.phone) then c.other_phones
                else steward_merge_others(c.other_phones,
                  case when s.phone is null then s.other_phones
                       else jsonb_build_array(jsonb_build_object('number', s.phone, 'label', 'other')) || s.other_phones end,
                  'number', %4$s) end,
              external_id = coalesce(s.external_id, c.external_id),
              updated_at = now(), version = c.version + 1
            from s where c.id = s.contact_id"""
                .formatted(step, assignments, primary("email"), primary("phone")))
        .params(batch, low, high)
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
        .formatted(held("s", column), column, keys);
  }

  /** SQL that is true when the write must leave {@code column} of staged row {@code s} alone. */
  static String held(String s, String column) {
    return "coalesce('%2$s' = any(%1$s.hold), false)".formatted(s, column);
  }

  /** The contact's values an update overwrites, tags included, as one JSON object. */
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
}
