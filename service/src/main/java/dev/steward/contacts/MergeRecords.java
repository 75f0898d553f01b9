package dev.steward.contacts;

import dev.steward.identity.CurrentUser;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The merges' own rows ({@code contact_merges}): what a merge saved for its undo (the survivor's
 * row as it was, the rows the features moved), and the few set-based writes to the two contacts
 * that the entity does not make.
 */
@Repository
class MergeRecords {

  /** A recorded merge, as its undo reads it. */
  record SavedMerge(UUID survivorId, UUID duplicateId, long survivorVersion, boolean undone) {}

  /** The two contacts of a merge, as they are now. */
  record PairState(
      long survivorVersion,
      boolean survivorInTrash,
      boolean duplicateInTrash,
      boolean duplicateMergedIntoSurvivor) {}

  private final JdbcClient jdbc;

  MergeRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks both rows in id order, so that two merges of the same pair cannot deadlock. */
  void lockPair(UUID a, UUID b) {
    jdbc.sql("select id from contacts where tenant_id = ? and id in (?, ?) order by id for update")
        .params(CurrentTenant.require(), a, b)
        .query(UUID.class)
        .list();
  }

  /** The survivor's row as JSON, as it was before the merge, for the undo. */
  String snapshot(UUID survivorId) {
    return jdbc.sql("select to_jsonb(c)::text from contacts c where c.id = ?")
        .param(survivorId)
        .query(String.class)
        .single();
  }

  /** What the edit form does not hold: the earlier opt-out wins, the survivor keeps a CRM id. */
  void mergeOptOutAndExternalId(UUID survivorId, UUID duplicateId) {
    jdbc.sql(
            """
            update contacts s
            set email_opt_out_at = case when s.email_opt_out_at is null then d.email_opt_out_at
                                        when d.email_opt_out_at is null then s.email_opt_out_at
                                        else least(s.email_opt_out_at, d.email_opt_out_at) end,
                external_id = coalesce(s.external_id, d.external_id),
                updated_at = now(), version = s.version + 1
            from contacts d
            where s.tenant_id = ? and s.id = ? and d.id = ?""")
        .params(CurrentTenant.require(), survivorId, duplicateId)
        .update();
  }

  void record(
      UUID mergeId,
      UUID survivorId,
      UUID duplicateId,
      String survivorBefore,
      Map<String, String> savedRows,
      Map<String, Integer> moved,
      long survivorVersion) {
    jdbc.sql(
            """
            insert into contact_merges (id, tenant_id, survivor_id, duplicate_id, survivor_before,
                                        saved_rows, moved, survivor_version, merged_by)
            values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)""")
        .params(
            mergeId,
            CurrentTenant.require(),
            survivorId,
            duplicateId,
            survivorBefore,
            asJsonObject(savedRows),
            asJsonObject(
                moved.entrySet().stream()
                    .collect(
                        Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())))),
            survivorVersion,
            CurrentUser.idOrNull())
        .update();
  }

  /** The merge, locked for its undo. */
  SavedMerge lockForUndo(UUID mergeId) {
    return jdbc.sql(
            """
            select survivor_id, duplicate_id, survivor_version, undone_at is not null as undone
            from contact_merges where id = ? for update""")
        .param(mergeId)
        .query(
            (rs, n) ->
                new SavedMerge(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getLong(3),
                    rs.getBoolean(4)))
        .optional()
        .orElseThrow(() -> NotFoundException.of("Merge", mergeId));
  }

  Optional<PairState> pairState(UUID survivorId, UUID duplicateId) {
    return jdbc.sql(
            """
            select s.version, s.deleted_at is not null, d.deleted_at is not null,
                   d.merged_into is not distinct from s.id
            from contacts s, contacts d where s.id = ? and d.id = ?""")
        .params(survivorId, duplicateId)
        .query(
            (rs, n) ->
                new PairState(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4)))
        .optional();
  }

  /** The features' rows the merge saved, by the key each feature gave them. */
  Map<String, String> savedRows(UUID mergeId) {
    var saved = new LinkedHashMap<String, String>();
    jdbc.sql(
            "select key, value::text from contact_merges m, jsonb_each(m.saved_rows) where m.id = ?")
        .param(mergeId)
        .query(
            (ResultSet rs) -> {
              saved.put(rs.getString(1), rs.getString(2));
            });
    return saved;
  }

  /** Puts the survivor's fields back as they were before the merge. */
  void restoreSurvivor(UUID mergeId) {
    jdbc.sql(
            """
            update contacts c
            set (type, first_name, last_name, company_name, job_title, email, phone, address_line1,
                 address_line2, city, region, postal_code, country, notes, custom_fields,
                 other_emails, other_phones, email_opt_out_at, external_id)
              = (s.type, s.first_name, s.last_name, s.company_name, s.job_title, s.email, s.phone,
                 s.address_line1, s.address_line2, s.city, s.region, s.postal_code, s.country,
                 s.notes, s.custom_fields, s.other_emails, s.other_phones, s.email_opt_out_at,
                 s.external_id),
                updated_at = now(), version = c.version + 1
            from contact_merges m, jsonb_populate_record(null::contacts, m.survivor_before) s
            where m.id = ? and c.tenant_id = ? and c.id = m.survivor_id""")
        .params(mergeId, CurrentTenant.require())
        .update();
  }

  void markUndone(UUID mergeId) {
    jdbc.sql("update contact_merges set undone_at = now(), undone_by = ? where id = ?")
        .params(CurrentUser.idOrNull(), mergeId)
        .update();
  }

  /** Ids of the contacts merged into this one (and into those), merges undone left out. */
  List<UUID> absorbedInto(UUID survivorId) {
    return jdbc.sql(
            """
            with recursive absorbed(id, depth) as (
              select duplicate_id, 1 from contact_merges
              where tenant_id = ? and survivor_id = ? and undone_at is null
              union
              select m.duplicate_id, a.depth + 1 from contact_merges m join absorbed a
                on m.survivor_id = a.id and m.undone_at is null and a.depth < 20)
            select distinct id from absorbed""")
        .params(CurrentTenant.require(), survivorId)
        .query(UUID.class)
        .list();
  }

  private static String asJsonObject(Map<String, String> jsonByKey) {
    return jsonByKey.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
