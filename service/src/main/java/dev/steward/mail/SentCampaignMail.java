package dev.steward.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * A campaign mail Steward sent to a member, to be filed on their timeline.
 *
 * @param conversationId Graph's conversation id, or null for SMTP
 * @param restId Graph's immutable id of the sent message, or null for SMTP
 * @param sentBy the user who started the send, or null
 */
public record SentCampaignMail(
    UUID campaignId,
    UUID contactId,
    String subject,
    String text,
    Instant sentAt,
    String internetMessageId,
    String conversationId,
    String restId,
    Participant from,
    Participant to,
    UUID sentBy) {}
