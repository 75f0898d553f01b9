package dev.steward.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A filed interaction. For an email: who wrote it and to whom, its ids and the headers that tie it
 * to what it answers; {@code filedVia} says whether it was filed from Outlook or found by the
 * mailbox sync.
 */
public record InteractionView(
    UUID id,
    String kind,
    String direction,
    String subject,
    String summary,
    Instant occurredAt,
    String internetMessageId,
    String conversationId,
    UUID campaignId,
    List<UUID> contactIds,
    UUID createdBy,
    Participant from,
    List<Participant> to,
    List<Participant> cc,
    String restId,
    String inReplyTo,
    String references,
    String webLink,
    List<String> attachmentNames,
    String filedVia) {}
