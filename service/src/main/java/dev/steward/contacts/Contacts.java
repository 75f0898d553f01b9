package dev.steward.contacts;

import dev.steward.platform.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of contacts. Every call works within the current tenant. */
@Service
public class Contacts {

  private final ContactSearch search;
  private final ContactService service;
  private final Relationships relationships;
  private final CustomFieldDefinitions customFields;
  private final MailRecipients mailRecipients;
  private final ContactMerges merges;

  Contacts(
      ContactSearch search,
      ContactService service,
      Relationships relationships,
      CustomFieldDefinitions customFields,
      MailRecipients mailRecipients,
      ContactMerges merges) {
    this.merges = merges;
    this.search = search;
    this.service = service;
    this.relationships = relationships;
    this.customFields = customFields;
    this.mailRecipients = mailRecipients;
  }

  /** Creates a contact after the same validation as the API. */
  public ContactView create(ContactRequest request, UUID createdBy) {
    return service.create(request, createdBy);
  }

  /** Links two live contacts. */
  public RelationshipView relate(UUID fromContactId, RelationshipRequest request, UUID createdBy) {
    return relationships.create(fromContactId, request, createdBy);
  }

  /** Defines a custom field, unless the firm already has one with that key. */
  public void defineCustomField(CustomFieldDefinition definition) {
    if (!customFields.typesByKey().containsKey(definition.key())) {
      customFields.create(definition);
    }
  }

  /** The firm's custom fields, key to type. */
  @Transactional(readOnly = true)
  public java.util.Map<String, CustomFieldType> customFieldTypes() {
    return customFields.typesByKey();
  }

  /** Whether the firm has any contact, trashed ones included. */
  @Transactional(readOnly = true)
  public boolean anyExist() {
    return search.anyExist();
  }

  /** A contact that is not in the trash. */
  @Transactional(readOnly = true)
  public Optional<ContactSummary> findLive(UUID id) {
    return search.byIds(List.of(id), true).stream().findFirst();
  }

  /**
   * @throws NotFoundException when the contact does not exist or is in the trash
   */
  @Transactional(readOnly = true)
  public ContactSummary requireLive(UUID id) {
    return findLive(id).orElseThrow(() -> NotFoundException.of("Contact", id));
  }

  /** Summaries of the given contacts, trashed ones included; unknown ids are left out. */
  @Transactional(readOnly = true)
  public List<ContactSummary> summaries(Collection<UUID> ids) {
    return search.byIds(ids, false);
  }

  /**
   * Summaries of the given contacts that are not in the trash; unknown and trashed ids are left
   * out.
   */
  @Transactional(readOnly = true)
  public List<ContactSummary> liveSummaries(Collection<UUID> ids) {
    return search.byIds(ids, true);
  }

  /** The ids of every live contact that {@code filter} takes. */
  @Transactional(readOnly = true)
  public List<UUID> idsMatching(ContactFilter filter) {
    return search.ids(filter);
  }

  /**
   * The contacts merged into this one, and into those, whose merges were not undone: their history
   * is the survivor's too.
   */
  @Transactional(readOnly = true)
  public List<UUID> mergedInto(UUID survivorId) {
    return merges.absorbedInto(survivorId);
  }

  /** Live contacts with these emails, matched case-insensitively. */
  @Transactional(readOnly = true)
  public List<ContactSummary> byEmails(Collection<String> emails) {
    return search.byEmails(emails);
  }

  /**
   * The live contacts among {@code ids} with what campaign mail merges; unknown and trashed ids are
   * left out.
   */
  @Transactional(readOnly = true)
  public List<MailRecipient> mailRecipients(Collection<UUID> ids) {
    return mailRecipients.live(ids);
  }

  /**
   * Opts the contact out of campaign email (audited), unless they are already.
   *
   * @param campaignId the campaign whose mail they answered, or null
   * @param via how they asked: {@code unsubscribe-link}, {@code one-click} or {@code staff}
   * @return whether this call opted them out
   */
  @Transactional
  public boolean optOutOfEmail(UUID contactId, UUID campaignId, String via) {
    return mailRecipients.optOut(contactId, campaignId, via);
  }
}
