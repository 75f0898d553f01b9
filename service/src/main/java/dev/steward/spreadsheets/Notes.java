package dev.steward.spreadsheets;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Says where each column goes when the field alone does not: of several email or phone columns the
 * first filled one (by how primary its header sounds) fills the contact's email or phone and the
 * others become its other emails and phones, with the column's label (work, home, mobile, other); a
 * contact holds one address, so a second address goes to the notes.
 */
final class Notes {

  private Notes() {}

  static List<ColumnMapping> describe(List<ColumnMapping> mapping) {
    Map<ImportField, Integer> seen = new EnumMap<>(ImportField.class);
    Map<Integer, String> labelling = LabelColumns.labelling(mapping);
    var described = new ArrayList<ColumnMapping>();
    for (var column : mapping) {
      int count = seen.merge(column.field(), 1, Integer::sum);
      String note = column.note();
      if (note == null
          && column.field() == ImportField.IGNORE
          && labelling.containsKey(column.column())) {
        note =
            "says what kind of value '"
                + labelling.get(column.column())
                + "' is (work, home, mobile, other)";
      }
      if (note == null && count > 1) {
        note =
            switch (column.field()) {
              case EMAIL ->
                  "when another email column is filled first, kept as another email"
                      + labelled(column.label());
              case PHONE ->
                  "when another phone column is filled first, kept as another phone"
                      + labelled(column.label());
              case ADDRESS_LINE1, ADDRESS_LINE2, CITY, REGION, POSTAL_CODE, COUNTRY ->
                  "a second address: kept in the notes when the first address is filled";
              default -> null;
            };
      }
      described.add(note == null ? column : column.withNote(note));
    }
    return described;
  }

  private static String labelled(String label) {
    return label == null ? "" : " (" + label + ")";
  }
}
