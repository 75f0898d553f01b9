package dev.steward.spreadsheets;

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
    int column,
    String header,
    ImportField field,
    String customField,
    boolean recognised) {}
