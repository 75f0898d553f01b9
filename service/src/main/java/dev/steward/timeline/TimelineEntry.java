package dev.steward.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a contact's timeline: an interaction (kind email, call, letter or note) or a change from the audit log
 * (kind {@code change}, with the action and the fields before and after).
 */
record TimelineEntry(Instant at, String kind, String title, String detail, UUID interactionId, String actor,
    Map<String, Object> changes) {}
