package dev.steward.contacts;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;

/** A done merge: its id (for undo), the survivor as it now is, and what moved onto it. */
@NullMarked
public record MergeResult(
    UUID mergeId, ContactView survivor, UUID duplicateId, Map<String, Integer> moved) {}
