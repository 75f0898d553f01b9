package dev.steward.spreadsheets;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Columns that say what kind of email or phone the column beside them holds, as Google's export
 * writes them: "E-mail 1 - Label" (older exports: "E-mail 1 - Type") beside "E-mail 1 - Value",
 * holding "* Work", "Home", "Mobile" or a name of the user's own; the star marks the primary one.
 */
final class LabelColumns {

  private static final Pattern VALUE_HEADER =
      Pattern.compile("^(.*\\S)\\s*-\\s*value$", Pattern.CASE_INSENSITIVE);

  private LabelColumns() {}

  /** Email and phone value columns to the column that labels them. */
  static Map<Integer, Integer> find(List<ColumnMapping> mapping) {
    Map<String, Integer> byHeader = new HashMap<>();
    for (var column : mapping) {
      byHeader.put(normalised(column.header()), column.column());
    }
    Map<Integer, Integer> labelled = new HashMap<>();
    for (var column : mapping) {
      if (column.field() != ImportField.EMAIL && column.field() != ImportField.PHONE) {
        continue;
      }
      var value = VALUE_HEADER.matcher(column.header().strip());
      if (!value.matches()) {
        continue;
      }
      String stem = value.group(1);
      Integer label = byHeader.get(normalised(stem + " - Label"));
      if (label == null) {
        label = byHeader.get(normalised(stem + " - Type"));
      }
      if (label != null) {
        labelled.put(column.column(), label);
      }
    }
    return labelled;
  }

  /** Label columns to the header of the column each labels, for the preview's notes. */
  static Map<Integer, String> labelling(List<ColumnMapping> mapping) {
    Map<Integer, String> headers = new HashMap<>();
    for (var column : mapping) {
      headers.put(column.column(), column.header());
    }
    Map<Integer, String> labelling = new HashMap<>();
    find(mapping)
        .forEach(
            (valueColumn, labelColumn) -> labelling.put(labelColumn, headers.get(valueColumn)));
    return labelling;
  }

  /**
   * The kind as the export names it ("Home Fax", "Pager") when it says the number is a fax or a
   * pager: not a phone to call, so kept in the notes under that name; else null.
   */
  static String notAPhone(String kind) {
    if (kind == null) {
      return null;
    }
    String text = kind.replace("*", "").strip();
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("fax") || lower.contains("pager") ? text : null;
  }

  /**
   * One of the contacts' labels (work, home, mobile, other) for a kind as the export names it, or
   * null for a blank cell.
   */
  static String labelOf(String kind) {
    if (kind == null) {
      return null;
    }
    String text = kind.replace("*", "").strip().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return null;
    }
    if (text.contains("mobile") || text.contains("cell")) {
      return "mobile";
    }
    if (text.contains("work") || text.contains("business") || text.contains("office")) {
      return "work";
    }
    if (text.contains("home") || text.contains("personal")) {
      return "home";
    }
    return "other";
  }

  private static String normalised(String header) {
    return header == null ? "" : header.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
