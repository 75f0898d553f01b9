package dev.steward.contacts;

import dev.steward.contacts.ContactEvents.ContactMergeUndone;
import dev.steward.contacts.ContactEvents.ContactsMerged;
import dev.steward.platform.ConflictException;
import dev.steward.platform.FieldChange;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.Versions;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
  private final MergeRecords records;
  private final JdbcClient jdbc;
  private final EntityManager entities;
  private final ApplicationEventPublisher events;

  ContactMerges(
      ContactRepository contacts,
      TagStore tags,
      PhoneNumbers phones,
      EmailOwners emailOwners,
      List<ContactMergeParticipant> participants,
      MergeRecords records,
      JdbcClient jdbc,
      EntityManager entities,
      ApplicationEventPublisher events) {
    this.contacts = contacts;
    this.tags = tags;
    this.phones = phones;
    this.emailOwners = emailOwners;
    this.participants = participants;
    this.records = records;
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
    records.lockPair(survivorId, duplicateId);
    var survivor = live(survivorId);
    var duplicate = live(duplicateId);
    Versions.check("This contact", request.survivorVersion(), survivor.version());
    Versions.check("The duplicate contact", request.duplicateVersion(), duplicate.version());
    String survivorBefore = records.snapshot(survivorId);
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
    records.mergeOptOutAndExternalId(survivorId, duplicateId);

    var rows = new MergeRows(jdbc, Map.of());
    for (var participant : participants) {
      participant.merge(duplicateId, survivorId, rows);
    }
    entities.refresh(survivor);

    UUID mergeId = UUID.randomUUID();
    records.record(
        mergeId, survivorId, duplicateId, survivorBefore, rows.saved(), moved, survivor.version());
    events.publishEvent(new ContactsMerged(mergeId, survivorId, duplicateId, changes, moved));
    return new MergeResult(mergeId, view(survivor), duplicateId, moved);
  }

  @Transactional
  UndoneMerge undo(UUID mergeId, long expectedSurvivorVersion) {
    var merge = records.lockForUndo(mergeId);
    if (merge.undone()) {
      throw new ConflictException("This merge was already undone.");
    }
    records.lockPair(merge.survivorId(), merge.duplicateId());
    var state =
        records
            .pairState(merge.survivorId(), merge.duplicateId())
            .orElseThrow(() -> NotFoundException.of("Contact", merge.duplicateId()));
    if (state.survivorInTrash()) {
      throw new ConflictException(
          "The merged contact is in the trash. Restore it before undoing the merge.");
    }
    Versions.check("The merged contact", expectedSurvivorVersion, state.survivorVersion());
    if (state.survivorVersion() != merge.survivorVersion()) {
      throw new ConflictException(
          "The merged contact was changed after the merge, so undoing it would lose that change.",
          Map.of("currentVersion", state.survivorVersion()));
    }
    if (!state.duplicateInTrash() || !state.duplicateMergedIntoSurvivor()) {
      throw new ConflictException(
          "The duplicate was restored or changed since the merge, so the merge cannot be undone.");
    }

    var rows = new MergeRows(jdbc, records.savedRows(mergeId));
    var undoOrder = new ArrayList<>(participants);
    Collections.reverse(undoOrder);
    for (var participant : undoOrder) {
      participant.undo(merge.duplicateId(), merge.survivorId(), rows);
    }
    records.restoreSurvivor(mergeId);
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
    records.markUndone(mergeId);
    events.publishEvent(new ContactMergeUndone(mergeId, merge.survivorId(), merge.duplicateId()));
    var survivor = contacts.findById(merge.survivorId()).orElseThrow();
    return new UndoneMerge(view(survivor), view(duplicate));
  }

  /** Ids of the contacts merged into this one (and into those), merges undone left out. */
  @Transactional(readOnly = true)
  List<UUID> absorbedInto(UUID survivorId) {
    return records.absorbedInto(survivorId);
  }

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
}
