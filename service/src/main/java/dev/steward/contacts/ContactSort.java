package dev.steward.contacts;

import dev.steward.platform.InvalidInputException;
import java.util.Locale;
import java.util.Map;

/** The orders a contact list may take, as {@code field,direction}; only these reach SQL. */
record ContactSort(String column, boolean ascending) {

  private static final Map<String, String> COLUMNS =
      Map.of(
          "name", "c.display_name",
          "company", "c.company_name",
          "email", "c.email",
          "createdAt", "c.created_at",
          "updatedAt", "c.updated_at",
          "deletedAt", "c.deleted_at");

  static final ContactSort BY_NAME = new ContactSort("c.display_name", true);

  static ContactSort parse(String sort) {
    if (sort == null || sort.isBlank()) {
      return BY_NAME;
    }
    String[] parts = sort.split(",", 2);
    String column = COLUMNS.get(parts[0].trim());
    String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
    if (column == null || !(direction.equals("asc") || direction.equals("desc"))) {
      throw InvalidInputException.of(
          "sort",
          "must be one of "
              + String.join(", ", COLUMNS.keySet())
              + ", optionally followed by ,asc or ,desc");
    }
    return new ContactSort(column, direction.equals("asc"));
  }

  String orderBy() {
    String direction = ascending ? "asc" : "desc";
    return column + " " + direction + " nulls last, c.id " + direction;
  }
}
