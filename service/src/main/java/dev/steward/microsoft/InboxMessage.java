package dev.steward.microsoft;

import java.time.Instant;

/**
 * A message of a mailbox's inbox as the delta sync reads it: only what tells whether it answers a
 * campaign.
 *
 * @param id Graph's immutable id of the message, to read more of it
 * @param internetMessageId the RFC 5322 Message-ID, the same in every mailbox that holds the
 *     message
 * @param webLink where a person opens the message in Outlook on the web
 */
public record InboxMessage(
    String id,
    String internetMessageId,
    String conversationId,
    String subject,
    String senderAddress,
    String senderName,
    Instant receivedAt,
    String webLink) {}
