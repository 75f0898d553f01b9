package dev.steward.contacts;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of undoing a bulk write.
 *
 * @param removed contacts the batch created, now in the trash
 * @param restored contacts the batch updated, back to their values before it
 * @param editedSince contacts edited since the batch (their version moved on), left as they are
 */
public record BulkUndone(long removed, long restored, List<UUID> editedSince) {}
