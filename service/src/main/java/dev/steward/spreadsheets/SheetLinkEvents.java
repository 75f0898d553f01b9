package dev.steward.spreadsheets;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What happens through sheet links, for the audit log. */
public final class SheetLinkEvents {

  private SheetLinkEvents() {}

  /** The user confirmed that contacts whose rows left the sheet go to the trash. */
  public record SheetRowsRemoved(UUID sheetLinkId, List<UUID> contactIds) {}

  /** The user picked, field by field, between the sheet's and the CRM's value of a contact. */
  public record SheetConflictResolved(
      UUID sheetLinkId, UUID contactId, Map<String, String> picks) {}
}
