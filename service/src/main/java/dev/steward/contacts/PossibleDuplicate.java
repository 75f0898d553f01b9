package dev.steward.contacts;

import java.util.UUID;

/**
 * A live contact that may be the same person or business as another, with what they share ({@code
 * email}, {@code name-and-email}, {@code name-and-phone}, {@code name-and-postcode}).
 */
public record PossibleDuplicate(
    UUID id,
    ContactType type,
    String displayName,
    String email,
    String city,
    String postalCode,
    long version,
    String reason) {}
