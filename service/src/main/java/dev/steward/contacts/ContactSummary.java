package dev.steward.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact as a list row or a card shows it. {@code phone} is E.164 (for {@code tel:} links),
 * {@code phoneDisplay} the same number as people write it: the firm's national format at home, the
 * international one otherwise. {@code otherEmails} are its addresses besides the primary one.
 */
public record ContactSummary(
    UUID id,
    ContactType type,
    String displayName,
    String firstName,
    String lastName,
    String companyName,
    String jobTitle,
    String email,
    String phone,
    List<String> otherEmails,
    String city,
    List<String> tags,
    Instant updatedAt,
    long version,
    String phoneDisplay) {}
