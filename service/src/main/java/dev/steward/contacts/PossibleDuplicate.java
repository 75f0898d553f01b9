package dev.steward.contacts;

import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A live contact that may be the same person or business as another, with what they share ({@code
 * email}, {@code name-and-email}, {@code name-and-phone}, {@code name-and-postcode}).
 */
@NullMarked
public record PossibleDuplicate(
    UUID id,
    ContactType type,
    @Nullable String displayName,
    @Nullable String email,
    @Nullable String city,
    @Nullable String postalCode,
    long version,
    String reason) {}
