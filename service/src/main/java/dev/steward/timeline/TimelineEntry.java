package dev.steward.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One line of a contact's timeline: an interaction (kind email, call, letter or note) or a change
 * from the audit log (kind {@code change}, with the action and the fields before and after). An
 * interaction linked to a campaign names it, and {@code context} says how in words: "Replied to
 * Autumn letter" for an email received.
 */
@NullMarked
record TimelineEntry(
    Instant at,
    String kind,
    String title,
    @Nullable String detail,
    @Nullable UUID interactionId,
    @Nullable String actor,
    @Nullable Map<String, Object> changes,
    @Nullable UUID campaignId,
    @Nullable String campaignName,
    @Nullable String context) {}
