package dev.steward.spreadsheets;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One column of the sheet and what it is imported as.
 *
 * @param column zero-based column index
 * @param header the header cell as read ("Column C" when it was blank or merged away)
 * @param field what the column fills
 * @param customField the custom field's key when {@code field} is {@code customField}
 * @param recognised whether Steward recognised the header by itself (false when the user set the mapping)
 */
public record ColumnMapping(
    @Min(0) int column,
    String header,
    @NotNull(message = "is required: a field such as firstName, email or ignore") ImportField field,
    String customField,
    boolean recognised) {}
