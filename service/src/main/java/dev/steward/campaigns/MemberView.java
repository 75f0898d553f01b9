package dev.steward.campaigns;

import dev.steward.contacts.ContactSummary;
import java.time.Instant;

/** A campaign member as the API returns it: the contact, and where their response stands. */
public record MemberView(
    ContactSummary contact,
    ResponseStatus status,
    Instant responseDate,
    String notes,
    RecordedVia recordedVia,
    Instant addedAt,
    Instant updatedAt,
    long version) {}
