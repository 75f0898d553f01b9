package dev.steward.contacts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * An edge as one contact sees it: {@code direction} says whether that contact is its {@code from}
 * end (outgoing) or its {@code to} end (incoming), and {@code label} reads from that contact
 * ("Executor of", "Has executor").
 */
@NullMarked
public record RelationshipView(
    UUID id,
    RelationshipType type,
    String direction,
    String label,
    ContactSummary otherContact,
    @Nullable String notes,
    Instant createdAt) {}
