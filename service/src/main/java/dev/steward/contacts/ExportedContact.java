package dev.steward.contacts;

import java.time.Instant;
import java.util.List;

/**
 * A contact as an export writes it: every standard field, its tags, and its custom fields in
 * definition order. Other emails and phones are one cell each, "b@y.org (home); c@z.org (work)",
 * which an import reads back with their labels.
 */
record ExportedContact(
    ContactHead head,
    String otherEmails,
    String phone,
    String otherPhones,
    String addressLine1,
    String addressLine2,
    String city,
    String region,
    String postalCode,
    String country,
    List<String> tags,
    String notes,
    List<Object> customFields,
    Instant createdAt,
    Instant updatedAt,
    String externalId) {}
