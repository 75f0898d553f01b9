package dev.steward.contacts;

import dev.steward.contacts.ContactEvents.ContactCreated;
import dev.steward.contacts.ContactEvents.ContactRestored;
import dev.steward.contacts.ContactEvents.ContactTrashed;
import dev.steward.contacts.ContactEvents.ContactUpdated;
import dev.steward.platform.ConflictException;
import dev.steward.platform.FieldChange;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.Versions;
import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing, trashing and restoring contacts. */
@Service
class ContactService {

  private final ContactRepository contacts;
  private final ContactValidator validator;
  private final TagStore tags;
  private final ApplicationEventPublisher events;
  private final EmailOwners emailOwners;
  private final PhoneNumbers phones;

  ContactService(
      ContactRepository contacts,
      ContactValidator validator,
      TagStore tags,
      ApplicationEventPublisher events,
      EmailOwners emailOwners,
      PhoneNumbers phones) {
    this.emailOwners = emailOwners;
    this.contacts = contacts;
    this.validator = validator;
    this.tags = tags;
    this.events = events;
    this.phones = phones;
  }

  @Transactional(readOnly = true)
  ContactView get(UUID id) {
    var contact = contacts.findById(id).orElseThrow(() -> NotFoundException.of("Contact", id));
    return ContactView.of(contact, tags.tagsOf(id), phones);
  }

  @Transactional
  ContactView create(ContactRequest request, UUID createdBy) {
    var fields = validator.validate(request);
    requireFreeEmails(fields, null);
    var contact = new Contact(UUID.randomUUID(), CurrentTenant.require(), createdBy, fields);
    contacts.saveAndFlush(contact);
    var tagNames = ContactValidator.cleanTags(request.tags());
    tags.setTags(contact.id(), tagNames);
    Map<String, Object> created = new java.util.LinkedHashMap<>(fields.asMap());
    created.put("tags", tagNames);
    events.publishEvent(new ContactCreated(contact.id(), created));
    return ContactView.of(contact, tags.tagsOf(contact.id()), phones);
  }

  /** Replaces the contact's fields, unless someone changed it since {@code expectedVersion}. */
  @Transactional
  ContactView update(UUID id, ContactRequest request, long expectedVersion) {
    var contact = live(id);
    Versions.check("This contact", expectedVersion, contact.version());
    var fields = validator.validate(request).keepingOthersOf(contact.fields());
    requireFreeEmails(fields, id);
    Map<String, FieldChange> changes = new java.util.LinkedHashMap<>(contact.apply(fields));
    if (request.tags() != null) {
      var before = tags.tagsOf(id);
      var after = ContactValidator.cleanTags(request.tags());
      if (!sameIgnoringCase(before, after)) {
        tags.setTags(id, after);
        changes.put("tags", new FieldChange(before, after));
      }
    }
    if (changes.isEmpty()) {
      return ContactView.of(contact, tags.tagsOf(id), phones);
    }
    contacts.saveAndFlush(contact);
    events.publishEvent(new ContactUpdated(id, changes));
    return ContactView.of(contact, tags.tagsOf(id), phones);
  }

  @Transactional
  void moveToTrash(UUID id) {
    var contact = live(id);
    contact.moveToTrash();
    contacts.saveAndFlush(contact);
    events.publishEvent(new ContactTrashed(id));
  }

  @Transactional
  ContactView restore(UUID id) {
    var contact = contacts.findById(id).orElseThrow(() -> NotFoundException.of("Contact", id));
    if (!contact.inTrash()) {
      throw new ConflictException("This contact is not in the trash.");
    }
    for (String email : contact.fields().emails()) {
      if (emailOwners.takenByAnother(email, id)) {
        throw new ConflictException(
            "Another contact now uses "
                + email
                + ". Change that contact's email, or merge the two, before restoring this one.");
      }
    }
    contact.restore();
    contacts.saveAndFlush(contact);
    events.publishEvent(new ContactRestored(id));
    return ContactView.of(contact, tags.tagsOf(id), phones);
  }

  private Contact live(UUID id) {
    return contacts.findLive(id).orElseThrow(() -> NotFoundException.of("Contact", id));
  }

  /** Each of the contact's emails is no other live contact's, primary or not. */
  private void requireFreeEmails(ContactFields fields, UUID self) {
    for (String email : fields.emails()) {
      if (emailOwners.takenByAnother(email, self == null ? new UUID(0, 0) : self)) {
        throw new ConflictException(
            "Another contact already uses the email " + email + ".",
            Map.of("field", email.equals(fields.email()) ? "email" : "otherEmails"));
      }
    }
  }

  private static boolean sameIgnoringCase(List<String> a, List<String> b) {
    return a.stream()
        .map(String::toLowerCase)
        .sorted()
        .toList()
        .equals(b.stream().map(String::toLowerCase).sorted().toList());
  }
}
