package dev.steward.spreadsheets;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One column of the sheet and what it is imported as.
 *
 * @param column zero-based column index
 * @param header the header cell as read ("Column C" when it was blank or merged away)
 * @param field what the column fills
 * @param customField the custom field's key when {@code field} is {@code customField}
 * @param recognised whether Steward recognised the header by itself (false when the user set the
 *     mapping)
 * @param label for a column of emails, phones or addresses: whose it is ({@code work}, {@code
 *     home}, {@code mobile}, {@code other}), as the header says; null when it does not say
 * @param note where the column's values go, when that is not plain from the field (a second email
 *     to the notes), or why a recognised column is left out ("values don't look like contact
 *     types"); null otherwise
 */
@NullMarked
public record ColumnMapping(
    int column,
    String header,
    ImportField field,
    @Nullable String customField,
    boolean recognised,
    @Nullable String label,
    @Nullable String note) {

  public ColumnMapping(
      int column, String header, ImportField field, String customField, boolean recognised) {
    this(column, header, field, customField, recognised, null, null);
  }

  ColumnMapping withField(ImportField newField, String newNote) {
    return new ColumnMapping(column, header, newField, null, recognised, label, newNote);
  }

  ColumnMapping withNote(String newNote) {
    return new ColumnMapping(column, header, field, customField, recognised, label, newNote);
  }
}
