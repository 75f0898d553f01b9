package dev.steward.contacts;

import dev.steward.contacts.ContactEvents.ContactMergeUndone;
import dev.steward.contacts.ContactEvents.ContactsMerged;
import dev.steward.identity.CurrentUser;
import dev.steward.platform.ConflictException;
import dev.steward.platform.FieldChange;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.Versions;
import dev.steward.tenancy.CurrentTenant;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging a duplicate contact into a survivor, in one transaction, and undoing it. Each feature
 * moves its own records ({@link ContactMergeParticipant}); the duplicate goes to the trash pointing
 * at its survivor; the merge keeps both contacts' rows as they were, for its undo.
 */
@Service
class ContactMerges {

  /** As many other emails, and other phones, as a contact request may hold. */
  private final ContactRepository contacts;

  private final TagStore tags;
  private final PhoneNumbers phones;
  private final EmailOwners emailOwners;
  private final List<ContactMergeParticipant> participants;
  private final JdbcClient jdbc;
  private final EntityManager entities;
  private final ApplicationEventPublisher events;

  ContactMerges(
      ContactRepository contacts,
      TagStore tags,
      PhoneNumbers phones,
      EmailOwners emailOwners,
      List<ContactMergeParticipant> participants,
      JdbcClient jdbc,
      EntityManager entities,
      ApplicationEventPublisher events) {
    this.contacts = contacts;
    this.tags = tags;
    this.phones = phones;
    this.emailOwners = emailOwners;
    this.participants = participants;
    this.jdbc = jdbc;
    this.entities = entities;
    this.events = events;
  }

  @Transactional(readOnly = true)
  MergePreview preview(UUID survivorId, UUID duplicateId) {
    requireTwo(survivorId, duplicateId);
    var survivor = live(survivorId);
    var duplicate = live(duplicateId);
    return new MergePreview(
        view(survivor),
        view(duplicate),
        MergedFields.conflicts(survivor.fields(), duplicate.fields()),
        countsOf(duplicateId));
  }

  @Transactional
  MergeResult merge(UUID survivorId, MergeRequest request) {
    UUID duplicateId = request.duplicateId();
    requireTwo(survivorId, duplicateId);
    lockRows(survivorId, duplicateId);
    var survivor = live(survivorId);
    var duplicate = live(duplicateId);
    Versions.check("This contact", request.survivorVersion(), survivor.version());
    Versions.check("The duplicate contact", request.duplicateVersion(), duplicate.version());
    String survivorBefore =
        jdbc.sql("select to_jsonb(c)::text from contacts c where c.id = ?")
            .param(survivorId)
            .query(String.class)
            .single();
    var moved = countsOf(duplicateId);

    var merged = MergedFields.of(survivor.fields(), duplicate.fields(), request.choices());
    requireWithinLimits(merged);
    duplicate.mergeInto(survivorId);
    contacts.saveAndFlush(duplicate);
    for (String email : merged.emails()) {
      if (emailOwners.takenByAnother(email, survivorId)) {
        throw new ConflictException("Another contact already uses the email " + email + ".");
      }
    }
    Map<String, FieldChange> changes = new LinkedHashMap<>(survivor.apply(merged));
    contacts.saveAndFlush(survivor);
    // What the edit form does not hold: the earlier opt-out wins, the survivor keeps a CRM id.
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

    var rows = new MergeRows(jdbc, Map.of());
    for (var participant : participants) {
      participant.merge(duplicateId, survivorId, rows);
    }
    entities.refresh(survivor);

    UUID mergeId = UUID.randomUUID();
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
            asJsonObject(rows.saved()),
            asJsonObject(
                moved.entrySet().stream()
                    .collect(
                        Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())))),
            survivor.version(),
            CurrentUser.idOrNull())
        .update();
    events.publishEvent(new ContactsMerged(mergeId, survivorId, duplicateId, changes, moved));
    return new MergeResult(mergeId, view(survivor), duplicateId, moved);
  }

  @Transactional
  UndoneMerge undo(UUID mergeId, long expectedSurvivorVersion) {
    var merge =
        jdbc.sql(
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
    if (merge.undone()) {
      throw new ConflictException("This merge was already undone.");
    }
    lockRows(merge.survivorId(), merge.duplicateId());
    var state =
        jdbc.sql(
                """
                select s.version, s.deleted_at is not null, d.deleted_at is not null,
                       d.merged_into is not distinct from s.id
                from contacts s, contacts d where s.id = ? and d.id = ?""")
            .params(merge.survivorId(), merge.duplicateId())
            .query(
                (rs, n) ->
                    new long[] {
                      rs.getLong(1),
                      rs.getBoolean(2) ? 1 : 0,
                      rs.getBoolean(3) ? 1 : 0,
                      rs.getBoolean(4) ? 1 : 0
                    })
            .optional()
            .orElseThrow(() -> NotFoundException.of("Contact", merge.duplicateId()));
    if (state[1] == 1) {
      throw new ConflictException(
          "The merged contact is in the trash. Restore it before undoing the merge.");
    }
    Versions.check("The merged contact", expectedSurvivorVersion, state[0]);
    if (state[0] != merge.survivorVersion()) {
      throw new ConflictException(
          "The merged contact was changed after the merge, so undoing it would lose that change.",
          Map.of("currentVersion", state[0]));
    }
    if (state[2] == 0 || state[3] == 0) {
      throw new ConflictException(
          "The duplicate was restored or changed since the merge, so the merge cannot be undone.");
    }

    var saved = new LinkedHashMap<String, String>();
    jdbc.sql(
            "select key, value::text from contact_merges m, jsonb_each(m.saved_rows) where m.id = ?")
        .param(mergeId)
        .query(
            (java.sql.ResultSet rs) -> {
              saved.put(rs.getString(1), rs.getString(2));
            });
    var rows = new MergeRows(jdbc, saved);
    var undoOrder = new java.util.ArrayList<>(participants);
    java.util.Collections.reverse(undoOrder);
    for (var participant : undoOrder) {
      participant.undo(merge.duplicateId(), merge.survivorId(), rows);
    }
    UUID tenant = CurrentTenant.require();
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
        .params(mergeId, tenant)
        .update();
    var duplicate = contacts.findById(merge.duplicateId()).orElseThrow();
    for (String email : duplicate.fields().emails()) {
      if (emailOwners.takenByAnother(email, merge.duplicateId())) {
        throw new ConflictException(
            "Another contact now uses "
                + email
                + ". Change that contact's email before undoing the merge.");
      }
    }
    duplicate.restore();
    contacts.saveAndFlush(duplicate);
    jdbc.sql("update contact_merges set undone_at = now(), undone_by = ? where id = ?")
        .params(CurrentUser.idOrNull(), mergeId)
        .update();
    events.publishEvent(new ContactMergeUndone(mergeId, merge.survivorId(), merge.duplicateId()));
    var survivor = contacts.findById(merge.survivorId()).orElseThrow();
    return new UndoneMerge(view(survivor), view(duplicate));
  }

  /** Ids of the contacts merged into this one (and into those), merges undone left out. */
  @Transactional(readOnly = true)
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

  private record SavedMerge(
      UUID survivorId, UUID duplicateId, long survivorVersion, boolean undone) {}

  private Map<String, Integer> countsOf(UUID contactId) {
    var counts = new LinkedHashMap<String, Integer>();
    var dupFields = contacts.findById(contactId).map(Contact::fields).orElseThrow();
    counts.put("emails", dupFields.emails().size());
    counts.put("customFields", dupFields.customFields().size());
    for (var participant : participants) {
      counts.putAll(participant.countsOf(contactId));
    }
    return counts;
  }

  /** Together the two may hold more other emails or phones than one contact may keep. */
  private static void requireWithinLimits(ContactFields merged) {
    if (merged.otherEmails().size() > ContactRules.MAX_OTHERS
        || merged.otherPhones().size() > ContactRules.MAX_OTHERS) {
      throw new ConflictException(
          "Together the two contacts have more than "
              + ContactRules.MAX_OTHERS
              + " other emails or phones, more than one contact keeps. Remove some from either"
              + " contact, then merge.");
    }
  }

  private static void requireTwo(UUID survivorId, UUID duplicateId) {
    if (survivorId.equals(duplicateId)) {
      throw InvalidInputException.of("duplicateId", "a contact cannot be merged into itself");
    }
  }

  /** Locks both rows in id order, so that two merges of the same pair cannot deadlock. */
  private void lockRows(UUID a, UUID b) {
    jdbc.sql("select id from contacts where tenant_id = ? and id in (?, ?) order by id for update")
        .params(CurrentTenant.require(), a, b)
        .query(UUID.class)
        .list();
  }

  private Contact live(UUID id) {
    var contact = contacts.findById(id).orElseThrow(() -> NotFoundException.of("Contact", id));
    if (contact.inTrash()) {
      throw new ConflictException(
          "This contact is in the trash. Restore it before merging.", Map.of("contactId", id));
    }
    return contact;
  }

  private ContactView view(Contact contact) {
    return ContactView.of(contact, tags.tagsOf(contact.id()), phones);
  }

  private static String asJsonObject(Map<String, String> jsonByKey) {
    return jsonByKey.entrySet().stream()
        .map(e -> "\"" + e.getKey() + "\": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
