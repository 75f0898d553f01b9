package dev.steward.campaigns;

import dev.steward.contacts.ContactSummary;
import java.time.Instant;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A campaign member as the API returns it: the contact, and where their response stands. */
@NullMarked
public record MemberView(
    ContactSummary contact,
    ResponseStatus status,
    @Nullable Instant responseDate,
    @Nullable String notes,
    @Nullable RecordedVia recordedVia,
    Instant addedAt,
    Instant updatedAt,
    long version) {}
