package dev.steward.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A contact as a list row or a card shows it. {@code phone} is E.164 (for {@code tel:} links),
 * {@code phoneDisplay} the same number as people write it: the firm's national format at home, the
 * international one otherwise. {@code otherEmails} are its addresses besides the primary one.
 */
@NullMarked
public record ContactSummary(
    UUID id,
    ContactType type,
    @Nullable String displayName,
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String companyName,
    @Nullable String jobTitle,
    @Nullable String email,
    @Nullable String phone,
    @Nullable List<String> otherEmails,
    @Nullable String city,
    List<String> tags,
    Instant updatedAt,
    long version,
    @Nullable String phoneDisplay) {

  /** The row of a list, from its head and the rest. */
  static ContactSummary of(
      ContactHead head,
      @Nullable String phone,
      @Nullable List<String> otherEmails,
      @Nullable String city,
      List<String> tags,
      Instant updatedAt,
      long version,
      @Nullable String phoneDisplay) {
    return new ContactSummary(
        head.id(),
        head.type(),
        head.displayName(),
        head.firstName(),
        head.lastName(),
        head.companyName(),
        head.jobTitle(),
        head.email(),
        phone,
        otherEmails,
        city,
        tags,
        updatedAt,
        version,
        phoneDisplay);
  }
}
