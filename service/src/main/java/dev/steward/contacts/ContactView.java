package dev.steward.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A whole contact, as the API returns it ({@code phoneDisplay}: see {@link ContactSummary}; {@code
 * mergedInto}: the survivor a trashed duplicate was merged into; {@code externalId}: the record's
 * id in the CRM an import came from, read-only).
 */
public record ContactView(
    UUID id,
    ContactType type,
    String displayName,
    String firstName,
    String lastName,
    String companyName,
    String jobTitle,
    String email,
    String phone,
    String addressLine1,
    String addressLine2,
    String city,
    String region,
    String postalCode,
    String country,
    String notes,
    List<String> tags,
    Map<String, Object> customFields,
    List<OtherEmail> otherEmails,
    List<OtherPhone> otherPhones,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt,
    Instant deletedAt,
    long version,
    String phoneDisplay,
    UUID mergedInto,
    String externalId) {

  static ContactView of(Contact contact, List<String> tags, PhoneNumbers phones) {
    var f = contact.fields();
    String displayName =
        f.type() == ContactType.INDIVIDUAL
            ? String.join(
                " ",
                java.util.stream.Stream.of(f.firstName(), f.lastName())
                    .filter(java.util.Objects::nonNull)
                    .toList())
            : f.companyName();
    return new ContactView(
        contact.id(),
        f.type(),
        displayName,
        f.firstName(),
        f.lastName(),
        f.companyName(),
        f.jobTitle(),
        f.email(),
        f.phone(),
        f.addressLine1(),
        f.addressLine2(),
        f.city(),
        f.region(),
        f.postalCode(),
        f.country(),
        f.notes(),
        tags,
        f.customFields(),
        f.otherEmails(),
        f.otherPhones(),
        contact.createdBy(),
        contact.createdAt(),
        contact.updatedAt(),
        contact.deletedAt(),
        contact.version(),
        phones.forDisplay(f.phone()),
        contact.mergedInto(),
        contact.externalId());
  }
}
