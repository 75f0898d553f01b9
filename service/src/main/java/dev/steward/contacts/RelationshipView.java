package dev.steward.contacts;

import java.time.Instant;
import java.util.UUID;

/**
 * An edge as one contact sees it: {@code direction} says whether that contact is its {@code from}
 * end (outgoing) or its {@code to} end (incoming), and {@code label} reads from that contact
 * ("Executor of", "Has executor").
 */
public record RelationshipView(
    UUID id,
    RelationshipType type,
    String direction,
    String label,
    ContactSummary otherContact,
    String notes,
    Instant createdAt) {}
