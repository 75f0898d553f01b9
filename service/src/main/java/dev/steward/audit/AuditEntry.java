package dev.steward.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of the audit log, as admins read it. */
public record AuditEntry(
    UUID id, Instant occurredAt, UUID actorId, String actorLabel, String action, String entityType, UUID entityId,
    Map<String, Object> changes, String clientIp, String userAgent) {}
