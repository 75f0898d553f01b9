package dev.steward.spreadsheets;

import dev.steward.contacts.ContactRules;
import dev.steward.contacts.ContactType;
import dev.steward.platform.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How a sheet writes people's names and contact types, read into Steward's. */
final class PersonNames {

  private static final Pattern ESTATE =
      Pattern.compile("^(the\\s+)?estate\\s+of\\s+.+", Pattern.CASE_INSENSITIVE);
  private static final Set<String> PREFIXES =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "hon");
  private static final Set<String> SUFFIXES =
      Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "cpa");

  private PersonNames() {}

  /**
   * The row's type and name, from its name columns or its full name; a row without a type column is
   * an estate, a business or an individual by what its names say.
   */
  record Name(String type, String first, String last, String company) {}

  static Name read(RowCells fields, List<String> cells, List<FieldProblem> problems) {
    String first = fields.first(cells, ImportField.FIRST_NAME);
    String middle = fields.first(cells, ImportField.MIDDLE_NAME);
    String last = fields.first(cells, ImportField.LAST_NAME);
    String company = fields.first(cells, ImportField.COMPANY_NAME);
    String full = fields.first(cells, ImportField.FULL_NAME);
    String suffix = fields.first(cells, ImportField.NAME_SUFFIX);
    String typeCell = fields.first(cells, ImportField.TYPE);
    String type = null;
    if (typeCell != null) {
      type = PersonNames.typeOf(typeCell);
      if (type == null) {
        problems.add(new FieldProblem("type", "must be individual, business or estate"));
      }
    }
    if (first == null && last == null && full != null) {
      if (PersonNames.isEstate(full) || (type != null && !type.equals("individual"))) {
        company = company == null ? full : company;
      } else {
        String[] split = PersonNames.splitName(full);
        first = split[0];
        last = split[1];
      }
    }
    if (middle != null && first != null) {
      first = first + " " + middle;
    }
    if (suffix != null && last != null) {
      last = last + " " + suffix;
    }
    if (type == null) {
      if (company != null && PersonNames.isEstate(company)) {
        type = "estate";
      } else if (first == null && last == null && company != null) {
        type = "business";
      } else {
        type = "individual";
      }
    }
    boolean nothingToName = company == null && full == null;
    ContactRules.missingName(ContactType.of(type), first, last, company)
        .map(
            missing ->
                missing.field().equals("firstName") && nothingToName
                    ? new FieldProblem("firstName", "the row has no name and no company")
                    : missing)
        .ifPresent(problems::add);
    return new Name(type, first, last, company);
  }

  /** "Estate of Jane Doe", "The Estate of ...". */
  static boolean isEstate(String name) {
    return ESTATE.matcher(name).matches();
  }

  static String typeOf(String cell) {
    return switch (cell.strip().toLowerCase(Locale.ROOT)) {
      case "individual", "person", "people", "private" -> "individual";
      case "business", "company", "organisation", "organization", "firm" -> "business";
      case "estate", "trust" -> "estate";
      default -> null;
    };
  }

  /**
   * "Ada Lovelace" → Ada / Lovelace; "Lovelace, Ada" → Ada / Lovelace; titles dropped, suffixes
   * kept with the last.
   */
  static String[] splitName(String full) {
    String name = full.strip();
    int comma = name.indexOf(',');
    if (comma > 0) {
      String after = name.substring(comma + 1).strip();
      if (!after.isEmpty() && !SUFFIXES.contains(bare(after))) {
        return new String[] {
          emptyToNull(stripPrefix(after)), emptyToNull(name.substring(0, comma).strip())
        };
      }
    }
    List<String> words = withoutPrefixes(name);
    String suffix = null;
    if (words.size() > 2 && SUFFIXES.contains(bare(words.get(words.size() - 1)))) {
      suffix = words.remove(words.size() - 1);
    }
    if (words.size() == 1) {
      return new String[] {words.get(0), null};
    }
    String last = words.remove(words.size() - 1);
    return new String[] {String.join(" ", words), suffix == null ? last : last + " " + suffix};
  }

  private static String stripPrefix(String name) {
    return String.join(" ", withoutPrefixes(name));
  }

  /** The words of a name without the titles before it ("Dr.", "Mrs"), keeping at least one. */
  private static List<String> withoutPrefixes(String name) {
    List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
    while (words.size() > 1 && PREFIXES.contains(bare(words.get(0)))) {
      words.remove(0);
    }
    return words;
  }

  private static String bare(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "").replace(",", "");
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
