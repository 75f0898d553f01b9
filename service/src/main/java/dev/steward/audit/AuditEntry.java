package dev.steward.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of the audit log, as admins read it. {@code actorName} and {@code entityLabel} are
 * today's names of the user and the record (a contact's or campaign's name), for sentences; null
 * when the record is gone.
 */
public record AuditEntry(
    UUID id,
    Instant occurredAt,
    UUID actorId,
    String actorLabel,
    String action,
    String entityType,
    UUID entityId,
    Map<String, Object> changes,
    String clientIp,
    String userAgent,
    String actorName,
    String entityLabel) {

  AuditEntry named(String actorName, String entityLabel) {
    return new AuditEntry(
        id,
        occurredAt,
        actorId,
        actorLabel,
        action,
        entityType,
        entityId,
        changes,
        clientIp,
        userAgent,
        actorName,
        entityLabel);
  }
}
