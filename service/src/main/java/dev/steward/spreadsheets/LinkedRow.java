package dev.steward.spreadsheets;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;

/**
 * A linked row with the CRM's current values, for "Refresh sheet".
 *
 * @param rowNumber the sheet row it was last seen in
 * @param deleted the contact is in the trash (the pane may grey the row out)
 */
@NullMarked
public record LinkedRow(
    int rowNumber, UUID contactId, long version, boolean deleted, Map<String, Object> values) {}
