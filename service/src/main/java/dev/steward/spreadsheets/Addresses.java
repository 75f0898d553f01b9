package dev.steward.spreadsheets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * A sheet's address columns grouped by whose address they are (business, home, other, or
 * unlabelled), so that a contact's address is taken whole from one group and never mixes a business
 * street with a home city. The first group (by how primary its headers are) that holds anything is
 * the contact's address; every other filled group is kept in the notes, as "Home address: ...".
 */
final class Addresses {

  static final Set<ImportField> PARTS =
      Set.of(
          ImportField.ADDRESS_LINE1,
          ImportField.ADDRESS_LINE2,
          ImportField.CITY,
          ImportField.REGION,
          ImportField.POSTAL_CODE,
          ImportField.COUNTRY);
  private static final List<ImportField> ORDER =
      List.of(
          ImportField.ADDRESS_LINE1,
          ImportField.ADDRESS_LINE2,
          ImportField.POSTAL_CODE,
          ImportField.CITY,
          ImportField.REGION,
          ImportField.COUNTRY);

  /** One group: its label and its columns for each part, most primary first. */
  private record Group(String label, Map<ImportField, int[]> columns) {}

  /**
   * An address as read from a row: the chosen one's parts, and the others as lines for the notes.
   */
  record Read(Map<ImportField, String> parts, List<String> others) {}

  private final List<Group> groups = new ArrayList<>();

  Addresses(List<ColumnMapping> mapping, ToIntFunction<ColumnMapping> rank) {
    Map<String, Map<ImportField, List<ColumnMapping>>> byLabel = new LinkedHashMap<>();
    Map<String, Integer> groupRank = new LinkedHashMap<>();
    for (var column : mapping) {
      if (!PARTS.contains(column.field())) {
        continue;
      }
      String label = column.label() == null ? "" : column.label();
      byLabel
          .computeIfAbsent(label, l -> new EnumMap<>(ImportField.class))
          .computeIfAbsent(column.field(), f -> new ArrayList<>())
          .add(column);
      groupRank.merge(label, rank.applyAsInt(column), Math::min);
    }
    byLabel.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> groupRank.get(e.getKey())))
        .forEach(
            e -> {
              Map<ImportField, int[]> columns = new EnumMap<>(ImportField.class);
              e.getValue()
                  .forEach(
                      (field, list) ->
                          columns.put(
                              field,
                              list.stream()
                                  .sorted(
                                      Comparator.comparingInt(rank)
                                          .thenComparingInt(ColumnMapping::column))
                                  .mapToInt(ColumnMapping::column)
                                  .toArray()));
              groups.add(new Group(e.getKey(), columns));
            });
  }

  Read read(java.util.function.IntFunction<String> cell) {
    Map<ImportField, String> chosen = null;
    List<String> others = new ArrayList<>();
    for (var group : groups) {
      Map<ImportField, String> parts = new EnumMap<>(ImportField.class);
      group
          .columns()
          .forEach(
              (field, indexes) -> {
                for (int index : indexes) {
                  String value = cell.apply(index);
                  if (value != null) {
                    parts.put(field, value);
                    break;
                  }
                }
              });
      if (parts.isEmpty()) {
        continue;
      }
      if (chosen == null) {
        chosen = parts;
      } else {
        others.add(describe(group.label(), parts));
      }
    }
    return new Read(chosen == null ? Map.of() : chosen, others);
  }

  private static String describe(String label, Map<ImportField, String> parts) {
    var text = new ArrayList<String>();
    for (var field : ORDER) {
      if (parts.containsKey(field)) {
        text.add(parts.get(field));
      }
    }
    String whose =
        switch (label) {
          case "work" -> "Business address";
          case "home" -> "Home address";
          case "other" -> "Other address";
          default -> "Address";
        };
    return whose + ": " + String.join(", ", text);
  }
}
