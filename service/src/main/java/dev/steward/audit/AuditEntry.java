package dev.steward.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log, as admins read it. {@code actorName} and {@code entityLabel} are
 * today's names of the user and the record (a contact's or campaign's name), for sentences; null
 * when the record is gone.
 */
@NullMarked
public record AuditEntry(
    UUID id,
    Instant occurredAt,
    @Nullable UUID actorId,
    @Nullable String actorLabel,
    String action,
    @Nullable String entityType,
    @Nullable UUID entityId,
    @Nullable Map<String, Object> changes,
    @Nullable String clientIp,
    @Nullable String userAgent,
    @Nullable String actorName,
    @Nullable String entityLabel) {

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
