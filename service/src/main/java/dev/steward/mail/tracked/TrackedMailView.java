package dev.steward.mail.tracked;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A tracked mail as the pane sees it.
 *
 * @param token the value of its {@code headerName} internet header
 * @param contactId the first of {@code contactIds}
 * @param contactIds the members it goes to, in the order the pane gave them
 * @param state {@code composed}; {@code sent} (recorded, where Sent Items cannot be searched);
 *     {@code unconfirmed} (recorded, not found in Sent Items yet); {@code found} (found there, its
 *     ids kept); {@code not_found} (never found by {@code confirmBy}: taken as never sent)
 * @param confirmBy until when an unconfirmed mail is looked for in Sent Items
 */
public record TrackedMailView(
    String token,
    UUID campaignId,
    UUID contactId,
    List<UUID> contactIds,
    String headerName,
    String state,
    Instant sentAt,
    Instant confirmBy,
    String internetMessageId,
    String conversationId) {}
