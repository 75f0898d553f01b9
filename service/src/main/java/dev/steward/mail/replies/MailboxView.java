package dev.steward.mail.replies;

import java.time.Instant;
import java.util.UUID;

/** A mailbox Steward reads for campaign replies, and how its last sync went. */
record MailboxView(
    UUID id,
    String address,
    String kind,
    Instant createdAt,
    Instant lastSyncedAt,
    String lastError,
    long messagesRead,
    long repliesFound) {}
