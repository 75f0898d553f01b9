package dev.steward.spreadsheets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Says where each column goes when the field alone does not: a contact holds one email, one phone
 * and one address, so of several columns of a kind the first filled one (by how primary its header
 * sounds) fills the field and the others go to the notes. Each such column keeps its label (work,
 * home, mobile, other) so that a contact with several emails or phones can later store them as they
 * are.
 */
final class Notes {

  private Notes() {}

  static List<ColumnMapping> describe(List<ColumnMapping> mapping) {
    Map<ImportField, Integer> seen = new EnumMap<>(ImportField.class);
    var described = new ArrayList<ColumnMapping>();
    for (var column : mapping) {
      int count = seen.merge(column.field(), 1, Integer::sum);
      String note = column.note();
      if (note == null && count > 1) {
        note =
            switch (column.field()) {
              case EMAIL ->
                  "when another email column is filled first, kept in the notes (Other emails)";
              case PHONE ->
                  "when another phone column is filled first, kept in the notes (Other phones)";
              case ADDRESS_LINE1, ADDRESS_LINE2, CITY, REGION, POSTAL_CODE, COUNTRY ->
                  "a second address: kept in the notes when the first address is filled";
              default -> null;
            };
      }
      described.add(note == null ? column : column.withNote(note));
    }
    return described;
  }
}
