package dev.steward.mail.sending;

import dev.steward.mail.templates.RenderedMail;

/**
 * One member's mail, ready for a transport.
 *
 * @param messageId the Message-ID fixed when the member was claimed, the same on every attempt
 * @param draftId Graph only: the draft made by an earlier attempt, or null
 */
record OutgoingMail(
    String messageId,
    String fromAddress,
    String fromName,
    String replyTo,
    String toAddress,
    String toName,
    RenderedMail body,
    String unsubscribeUrl,
    String draftId) {}
