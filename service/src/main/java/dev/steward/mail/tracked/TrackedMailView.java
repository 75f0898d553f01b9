package dev.steward.mail.tracked;

import java.time.Instant;
import java.util.UUID;

/**
 * A tracked mail as the pane sees it.
 *
 * @param token the value of its {@code headerName} internet header
 * @param state {@code composed}, {@code sent} (recorded), or {@code found} (in Sent Items, its ids
 *     kept)
 */
public record TrackedMailView(
    String token,
    UUID campaignId,
    UUID contactId,
    String headerName,
    String state,
    Instant sentAt,
    String internetMessageId,
    String conversationId) {}
