package dev.steward.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A whole contact, as the API returns it ({@code phoneDisplay}: see {@link ContactSummary}; {@code
 * mergedInto}: the survivor a trashed duplicate was merged into; {@code externalId}: the record's
 * id in the CRM an import came from, read-only).
 */
@NullMarked
public record ContactView(
    UUID id,
    ContactType type,
    @Nullable String displayName,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String companyName,
    @Nullable String jobTitle,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String addressLine1,
    @Nullable String addressLine2,
    @Nullable String city,
    @Nullable String region,
    @Nullable String postalCode,
    @Nullable String country,
    @Nullable String notes,
    List<String> tags,
    @Nullable Map<String, Object> customFields,
    @Nullable List<OtherEmail> otherEmails,
    @Nullable List<OtherPhone> otherPhones,
    @Nullable UUID createdBy,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant deletedAt,
    long version,
    @Nullable String phoneDisplay,
    @Nullable UUID mergedInto,
    @Nullable String externalId) {

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
