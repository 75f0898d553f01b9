package dev.steward.contacts;

import dev.steward.platform.FieldChange;
import java.util.Map;
import java.util.UUID;

/** What happens to contacts and their relationships, for the audit log and any other listener. */
public final class ContactEvents {

  private ContactEvents() {}

  public record ContactCreated(UUID contactId, Map<String, Object> fields) {}

  public record ContactUpdated(UUID contactId, Map<String, FieldChange> changes) {}

  public record ContactTrashed(UUID contactId) {}

  public record ContactRestored(UUID contactId) {}

  public record ContactsPurged(int count) {}

  /**
   * {@code duplicateId} was merged into {@code survivorId}: the survivor's fields changed as {@code
   * changes} say, and {@code moved} counts the records that moved to it, by kind.
   */
  public record ContactsMerged(
      UUID mergeId,
      UUID survivorId,
      UUID duplicateId,
      Map<String, FieldChange> changes,
      Map<String, Integer> moved) {}

  /** A merge was undone: both contacts are back as they were before it. */
  public record ContactMergeUndone(UUID mergeId, UUID survivorId, UUID duplicateId) {}

  /**
   * The contact asked for no more campaign email; {@code via} says how (the unsubscribe link, a
   * person).
   */
  public record EmailOptedOut(UUID contactId, UUID campaignId, String via) {}

  public record RelationshipCreated(
      UUID relationshipId, UUID fromContactId, UUID toContactId, String type) {}

  public record RelationshipDeleted(
      UUID relationshipId, UUID fromContactId, UUID toContactId, String type) {}
}
