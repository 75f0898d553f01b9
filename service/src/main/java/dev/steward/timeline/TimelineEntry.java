package dev.steward.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a contact's timeline: an interaction (kind email, call, letter or note) or a change
 * from the audit log (kind {@code change}, with the action and the fields before and after). An
 * interaction linked to a campaign names it, and {@code context} says how in words: "Replied to
 * Autumn letter" for an email received.
 */
record TimelineEntry(
    Instant at,
    String kind,
    String title,
    String detail,
    UUID interactionId,
    String actor,
    Map<String, Object> changes,
    UUID campaignId,
    String campaignName,
    String context) {}
