package dev.steward.spreadsheets;

import dev.steward.contacts.ContactRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A row's cells by the contact field their columns map onto: where a field has several columns, the
 * one whose header names it best comes first.
 */
final class RowCells {

  /** A value's label written after it, as Steward's export writes it: "b@y.org (home)". */
  private static final Pattern LABEL_SUFFIX =
      Pattern.compile(
          "^(.+?)\\s*\\((" + String.join("|", ContactRules.OTHER_LABELS) + ")\\)$",
          Pattern.CASE_INSENSITIVE);

  private final Map<ImportField, int[]> columns = new EnumMap<>(ImportField.class);
  private final Map<Integer, String> labels = new HashMap<>();

  /** Email and phone columns to the column beside them that names each value's kind. */
  private final Map<Integer, Integer> labelColumns;

  /** Column to custom-field key. */
  private final Map<Integer, String> customColumns = new LinkedHashMap<>();

  RowCells(List<ColumnMapping> mapping) {
    labelColumns = LabelColumns.find(mapping);
    Map<ImportField, List<ColumnMapping>> byField = new EnumMap<>(ImportField.class);
    for (var column : mapping) {
      if (column.field() == ImportField.CUSTOM_FIELD) {
        customColumns.put(column.column(), column.customField());
      } else if (column.field() != ImportField.IGNORE) {
        if (column.label() != null) {
          labels.put(column.column(), column.label());
        }
        byField.computeIfAbsent(column.field(), f -> new ArrayList<>()).add(column);
      }
    }
    byField.forEach(
        (field, list) ->
            columns.put(
                field,
                list.stream()
                    .sorted(
                        Comparator.comparingInt(RowCells::rank)
                            .thenComparingInt(ColumnMapping::column))
                    .mapToInt(ColumnMapping::column)
                    .toArray()));
  }

  /** Column to custom-field key, in the mapping's order. */
  Map<Integer, String> customColumns() {
    return customColumns;
  }

  String first(List<String> cells, ImportField field) {
    int[] indexes = columns.get(field);
    if (indexes == null) {
      return null;
    }
    for (int index : indexes) {
      String value = cell(cells, index);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  List<String> all(List<String> cells, ImportField field) {
    int[] indexes = columns.get(field);
    if (indexes == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (int index : indexes) {
      String value = cell(cells, index);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /**
   * The values of a field's columns in order, each cell split into its values, with the label its
   * value or else its column gives.
   */
  List<StagedRow.Labelled> labelled(List<String> cells, ImportField field, Pattern separator) {
    int[] indexes = columns.get(field);
    if (indexes == null) {
      return List.of();
    }
    List<StagedRow.Labelled> values = new ArrayList<>();
    for (int index : indexes) {
      String value = cell(cells, index);
      if (value == null) {
        continue;
      }
      Integer labelColumn = labelColumns.get(index);
      if (field == ImportField.PHONE
          && labelColumn != null
          && LabelColumns.notAPhone(cell(cells, labelColumn)) != null) {
        continue;
      }
      String rowLabel = labelColumn == null ? null : LabelColumns.labelOf(cell(cells, labelColumn));
      String columnLabel = rowLabel != null ? rowLabel : labels.get(index);
      boolean several =
          value.indexOf(';') >= 0 || value.indexOf(',') >= 0 || value.indexOf(':') >= 0;
      for (String part : several ? separator.split(value) : new String[] {value}) {
        if (part.isEmpty()) {
          continue;
        }
        var suffix = part.indexOf('(') < 0 ? null : LABEL_SUFFIX.matcher(part);
        if (suffix != null && suffix.matches()) {
          values.add(
              new StagedRow.Labelled(suffix.group(1), suffix.group(2).toLowerCase(Locale.ROOT)));
        } else {
          values.add(new StagedRow.Labelled(part, columnLabel == null ? "other" : columnLabel));
        }
      }
    }
    return values;
  }

  /**
   * The phone columns' numbers that their kind column calls a fax or a pager, as "Home Fax: 0113
   * 496 0001", for the notes: {@link #labelled} leaves them out of the phones.
   */
  List<String> faxesAndPagers(List<String> cells) {
    int[] indexes = columns.get(ImportField.PHONE);
    List<String> kept = new ArrayList<>();
    for (int index : indexes == null ? new int[0] : indexes) {
      Integer labelColumn = labelColumns.get(index);
      String value = cell(cells, index);
      String kind = labelColumn == null ? null : LabelColumns.notAPhone(cell(cells, labelColumn));
      if (value != null && kind != null) {
        kept.add(kind + ": " + value);
      }
    }
    return kept;
  }

  static String cell(List<String> cells, int index) {
    if (index >= cells.size()) {
      return null;
    }
    String value = cells.get(index);
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() || Placeholders.isEmpty(stripped) ? null : stripped;
  }

  static int rank(ColumnMapping column) {
    var match = HeaderSynonyms.match(column.header());
    return match != null && match.field() == column.field() ? match.rank() : Integer.MAX_VALUE;
  }
}
