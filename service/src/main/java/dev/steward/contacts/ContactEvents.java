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
   * The contact asked for no more campaign email; {@code via} says how (the unsubscribe link, a
   * person).
   */
  public record EmailOptedOut(UUID contactId, UUID campaignId, String via) {}

  public record RelationshipCreated(
      UUID relationshipId, UUID fromContactId, UUID toContactId, String type) {}

  public record RelationshipDeleted(
      UUID relationshipId, UUID fromContactId, UUID toContactId, String type) {}
}
