package dev.steward.spreadsheets;

import java.time.Instant;
import java.util.UUID;

/**
 * Who started an import, when, and from what; never changes.
 *
 * @param source {@code file} for an upload, {@code sheet} for rows posted by the Excel pane
 */
record ImportOrigin(
    UUID id, UUID tenantId, UUID createdBy, String source, String fileName, Instant createdAt) {}
