package dev.steward.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of the audit log; any may be null. {@code to} is exclusive. */
record AuditQuery(
    UUID actorId, String entityType, UUID entityId, String action, Instant from, Instant to) {}
