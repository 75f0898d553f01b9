package dev.steward.spreadsheets;

import dev.steward.contacts.ContactRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A row's custom-field values, tags and notes, as a sheet writes them, read into Steward's. */
final class RowValues {

  private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*(?::::|;|,)\\s*");

  private RowValues() {}

  static Object convert(String type, String cell) {
    return switch (type) {
      case "number" -> {
        try {
          yield new BigDecimal(cell.replace(",", ""));
        } catch (NumberFormatException e) {
          yield null;
        }
      }
      case "date" -> {
        try {
          yield LocalDate.parse(cell.length() > 10 ? cell.substring(0, 10) : cell).toString();
        } catch (DateTimeParseException e) {
          yield null;
        }
      }
      case "boolean" ->
          switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "x" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
          };
      default -> cell.length() <= ContactRules.MAX_CUSTOM_TEXT ? cell : null;
    };
  }

  static String notes(
      String notes,
      List<String> otherEmails,
      List<String> otherPhones,
      List<String> otherAddresses) {
    var text = new StringBuilder(notes == null ? "" : notes);
    for (String other : otherAddresses) {
      text.append(text.isEmpty() ? "" : "\n").append(other);
    }
    if (!otherEmails.isEmpty()) {
      text.append(text.isEmpty() ? "" : "\n")
          .append("Other emails: ")
          .append(String.join(", ", otherEmails));
    }
    if (!otherPhones.isEmpty()) {
      text.append(text.isEmpty() ? "" : "\n")
          .append("Other phones: ")
          .append(String.join(", ", otherPhones));
    }
    return text.isEmpty() ? null : text.toString();
  }

  static List<String> tags(List<String> cells) {
    var seen = new LinkedHashSet<String>();
    var tags = new ArrayList<String>();
    for (String cell : cells) {
      for (String tag : TAG_SEPARATOR.split(cell)) {
        // Google marks its system groups with a leading '*' ("* myContacts").
        String name = tag.strip().replaceFirst("^\\*\\s*", "");
        // Every Google contact is in "myContacts"; as a tag it would say nothing.
        if (name.equalsIgnoreCase("myContacts")) {
          continue;
        }
        if (!name.isEmpty()
            && name.length() <= ContactRules.MAX_TAG_NAME
            && seen.add(name.toLowerCase(Locale.ROOT))
            && tags.size() < ContactRules.MAX_TAGS) {
          tags.add(name);
        }
      }
    }
    return tags;
  }
}
