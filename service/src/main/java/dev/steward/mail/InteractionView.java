package dev.steward.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A filed interaction. */
public record InteractionView(
    UUID id, String kind, String direction, String subject, String summary, Instant occurredAt,
    String internetMessageId, String conversationId, UUID campaignId, List<UUID> contactIds, UUID createdBy) {}
