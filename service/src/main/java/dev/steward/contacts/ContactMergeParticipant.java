package dev.steward.contacts;

import java.util.Map;
import java.util.UUID;

/**
 * A feature's part in merging a duplicate contact into its survivor. Each feature moves the rows it
 * owns that point at the duplicate, inside the merge's transaction, after saving both contacts'
 * rows in {@link MergeRows} so that an undo can put them back.
 */
public interface ContactMergeParticipant {

  /** How many of each kind this feature holds for the contact ({@code "campaigns"}: 2). */
  Map<String, Integer> countsOf(UUID contactId);

  /** Saves both contacts' rows, then moves the duplicate's onto the survivor. */
  void merge(UUID duplicateId, UUID survivorId, MergeRows rows);

  /** Puts both contacts' rows back as {@link #merge} saved them. */
  void undo(UUID duplicateId, UUID survivorId, MergeRows rows);
}
