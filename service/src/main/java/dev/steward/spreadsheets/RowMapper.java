package dev.steward.spreadsheets;

import dev.steward.contacts.ContactRules;
import dev.steward.contacts.ContactType;
import dev.steward.contacts.PhoneNumbers;
import dev.steward.platform.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a row's cells into a contact by a mapping, and checks it against the contacts' field rules
 * ({@link ContactRules}). An import checks a million rows without building a request per row, so it
 * applies the rules itself rather than through the API's validation.
 */
final class RowMapper {

  private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*(?::::|;|,)\\s*");
  private static final Pattern ESTATE =
      Pattern.compile("^(the\\s+)?estate\\s+of\\s+.+", Pattern.CASE_INSENSITIVE);
  private static final Set<String> PREFIXES =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "hon");
  private static final Set<String> SUFFIXES =
      Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "cpa");

  /**
   * Several values in one cell: "a@x.org; b@y.org", Google's "a@x.org ::: b@y.org", or Steward's
   * own export's "a@x.org (home); b@y.org (work)". Phones are split on ";" and ":::" only, as
   * commas appear in numbers written with extensions.
   */
  private static final Pattern EMAIL_SEPARATOR = Pattern.compile("\\s*(?::::|;|,)\\s*");

  private static final Pattern PHONE_SEPARATOR = Pattern.compile("\\s*(?::::|;)\\s*");

  /** A value's label written after it, as Steward's export writes it: "b@y.org (home)". */
  private static final Pattern LABEL_SUFFIX =
      Pattern.compile(
          "^(.+?)\\s*\\((" + String.join("|", ContactRules.OTHER_LABELS) + ")\\)$",
          Pattern.CASE_INSENSITIVE);

  private final Map<ImportField, int[]> columns = new EnumMap<>(ImportField.class);
  private final Addresses addresses;
  private final Map<Integer, String> customColumns = new LinkedHashMap<>();
  private final Map<Integer, String> labels = new java.util.HashMap<>();
  private final Map<String, String> customTypes;
  private final PhoneNumbers phones;
  private final String region;

  /**
   * @param customTypes the firm's custom fields, key to type (text, number, date, boolean)
   */
  RowMapper(List<ColumnMapping> mapping, Map<String, String> customTypes, PhoneNumbers phones) {
    this(mapping, customTypes, phones, phones.defaultRegion());
  }

  /**
   * @param region the region of phone numbers written without a country code, unless the row's
   *     country says otherwise: the firm's country, or the installation's default
   */
  RowMapper(
      List<ColumnMapping> mapping,
      Map<String, String> customTypes,
      PhoneNumbers phones,
      String region) {
    this.customTypes = customTypes;
    this.phones = phones;
    this.region = region;
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
                        Comparator.comparingInt(RowMapper::rank)
                            .thenComparingInt(ColumnMapping::column))
                    .mapToInt(ColumnMapping::column)
                    .toArray()));
    addresses = new Addresses(mapping, RowMapper::rank);
  }

  private static int rank(ColumnMapping column) {
    var match = HeaderSynonyms.match(column.header());
    return match != null && match.field() == column.field() ? match.rank() : Integer.MAX_VALUE;
  }

  StagedRow map(int rowNumber, List<String> cells) {
    List<FieldProblem> problems = new ArrayList<>();
    List<FieldProblem> warnings = new ArrayList<>();
    String first = first(cells, ImportField.FIRST_NAME);
    String middle = first(cells, ImportField.MIDDLE_NAME);
    String last = first(cells, ImportField.LAST_NAME);
    String company = first(cells, ImportField.COMPANY_NAME);
    String full = first(cells, ImportField.FULL_NAME);
    String suffix = first(cells, ImportField.NAME_SUFFIX);
    String typeCell = first(cells, ImportField.TYPE);
    String type = null;
    if (typeCell != null) {
      type = typeOf(typeCell);
      if (type == null) {
        problems.add(new FieldProblem("type", "must be individual, business or estate"));
      }
    }
    if (first == null && last == null && full != null) {
      if (ESTATE.matcher(full).matches() || (type != null && !type.equals("individual"))) {
        company = company == null ? full : company;
      } else {
        String[] split = splitName(full);
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
      if (company != null && ESTATE.matcher(company).matches()) {
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

    String email = null;
    List<StagedRow.Labelled> otherEmails = new ArrayList<>();
    List<String> unusableEmails = new ArrayList<>();
    for (var candidate : labelled(cells, ImportField.EMAIL, EMAIL_SEPARATOR)) {
      String lower = candidate.value().toLowerCase(Locale.ROOT);
      boolean valid = ContactRules.email(lower).isPresent();
      if (email == null) {
        email = lower;
        if (!valid) {
          problems.add(new FieldProblem("email", "is not a valid email address"));
        }
      } else if (lower.equals(email)
          || otherEmails.stream().anyMatch(other -> other.value().equals(lower))) {
        continue;
      } else if (valid && otherEmails.size() < ContactRules.MAX_OTHERS) {
        otherEmails.add(new StagedRow.Labelled(lower, candidate.label()));
      } else {
        warnings.add(
            new FieldProblem(
                "otherEmails",
                (valid
                        ? "more than " + ContactRules.MAX_OTHERS + " emails"
                        : "'" + candidate.value() + "' is not a valid email address")
                    + "; kept in the notes"));
        unusableEmails.add(candidate.value());
      }
    }
    String phone = null;
    List<StagedRow.Labelled> otherPhones = new ArrayList<>();
    List<String> unusablePhones = new ArrayList<>();
    var address = addresses.read(index -> cell(cells, index));
    String country = address.parts().get(ImportField.COUNTRY);
    String rowRegion = CountryRegions.of(country);
    String phoneRegion = rowRegion != null && PhoneNumbers.isRegion(rowRegion) ? rowRegion : region;
    for (var labelledPhone : labelled(cells, ImportField.PHONE, PHONE_SEPARATOR)) {
      String candidate = labelledPhone.value();
      var e164 = phones.toE164(candidate, phoneRegion);
      if (phone == null && e164.isEmpty() && candidate.length() > ContactRules.MAX_PHONE_AS_KEPT) {
        warnings.add(
            new FieldProblem(
                "phone",
                "not a valid phone number, and too long for the phone field; kept in"
                    + " the notes"));
        unusablePhones.add(candidate);
      } else if (phone == null) {
        if (e164.isPresent()) {
          phone = e164.get();
        } else {
          // A phone that does not parse never costs the row its name and email: it is kept as
          // written.
          phone = candidate;
          warnings.add(
              new FieldProblem(
                  "phone",
                  "not a valid phone number (read as a number of "
                      + phoneRegion
                      + "); kept as written"));
        }
      } else if (e164.isEmpty()) {
        // A contact's other phones are numbers it can be called on; one that does not parse is
        // kept in the notes, as written.
        if (!candidate.equals(phone) && !unusablePhones.contains(candidate)) {
          warnings.add(
              new FieldProblem(
                  "otherPhones",
                  "'" + candidate + "' is not a valid phone number; kept in the notes"));
          unusablePhones.add(candidate);
        }
      } else {
        String other = e164.get();
        if (!other.equals(phone)
            && otherPhones.stream().noneMatch(known -> known.value().equals(other))) {
          if (otherPhones.size() < ContactRules.MAX_OTHERS) {
            otherPhones.add(new StagedRow.Labelled(other, labelledPhone.label()));
          } else {
            unusablePhones.add(candidate);
          }
        }
      }
    }
    String notes =
        notes(first(cells, ImportField.NOTES), unusableEmails, unusablePhones, address.others());
    List<String> tags = tags(all(cells, ImportField.TAGS));
    Map<String, Object> custom = customFields(cells, problems);
    UUID stewardId = null;
    String idCell = first(cells, ImportField.STEWARD_ID);
    if (idCell != null) {
      try {
        stewardId = UUID.fromString(idCell);
      } catch (IllegalArgumentException e) {
        problems.add(
            new FieldProblem(
                "stewardId", "is not a Steward ID; leave the column as the Excel pane wrote it"));
      }
    }
    String externalId = first(cells, ImportField.EXTERNAL_ID);
    if (externalId != null && externalId.length() > ContactRules.MAX_EXTERNAL_ID) {
      problems.add(
          new FieldProblem(
              "externalId",
              "is longer than " + ContactRules.MAX_EXTERNAL_ID + " characters, not a record id"));
      externalId = null;
    }
    var row =
        new StagedRow(
            rowNumber,
            type,
            first,
            last,
            company,
            first(cells, ImportField.JOB_TITLE),
            email,
            phone,
            address.parts().get(ImportField.ADDRESS_LINE1),
            address.parts().get(ImportField.ADDRESS_LINE2),
            address.parts().get(ImportField.CITY),
            address.parts().get(ImportField.REGION),
            address.parts().get(ImportField.POSTAL_CODE),
            country,
            notes,
            tags,
            custom,
            stewardId,
            null,
            problems,
            warnings,
            otherEmails,
            otherPhones,
            externalId);
    checkLengths(row, problems);
    // A value longer than its field rejects the row, which keeps its cells whole for the
    // rejected-rows file; staged
    // (and previewed) is only as much of it as the field holds, so that a sheet of huge cells costs
    // the staging table
    // no more than its cells.
    return new StagedRow(
        rowNumber,
        type,
        cut(row.firstName(), "firstName"),
        cut(row.lastName(), "lastName"),
        cut(row.companyName(), "companyName"),
        cut(row.jobTitle(), "jobTitle"),
        cut(email, "email"),
        phone,
        cut(row.addressLine1(), "addressLine1"),
        cut(row.addressLine2(), "addressLine2"),
        cut(row.city(), "city"),
        cut(row.region(), "region"),
        cut(row.postalCode(), "postalCode"),
        cut(row.country(), "country"),
        cut(notes, "notes"),
        tags,
        custom,
        stewardId,
        matchKey(row),
        List.copyOf(problems),
        List.copyOf(warnings),
        List.copyOf(otherEmails),
        List.copyOf(otherPhones),
        externalId);
  }

  private static String cut(String value, String field) {
    int max = ContactRules.MAX_LENGTHS.get(field);
    return value != null && value.length() > max ? value.substring(0, max) : value;
  }

  /**
   * Email, lower-cased; without one, the normalised name and the phone; without a phone either,
   * nothing.
   */
  static String matchKey(StagedRow row) {
    if (row.email() != null) {
      return "e:" + row.email();
    }
    if (row.phone() == null) {
      return null;
    }
    String name =
        row.type().equals("individual")
            ? (nullToEmpty(row.firstName()) + " " + nullToEmpty(row.lastName())).strip()
            : nullToEmpty(row.companyName());
    return "n:" + name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + "|" + row.phone();
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private void checkLengths(StagedRow row, List<FieldProblem> problems) {
    Map<String, Object> values = row.asMap();
    ContactRules.MAX_LENGTHS.forEach(
        (field, max) -> {
          if (values.get(field) instanceof String s && s.length() > max) {
            problems.add(ContactRules.tooLong(field));
          }
        });
  }

  private Map<String, Object> customFields(List<String> cells, List<FieldProblem> problems) {
    Map<String, Object> values = new LinkedHashMap<>();
    customColumns.forEach(
        (column, key) -> {
          String cell = cell(cells, column);
          if (cell == null || values.containsKey(key)) {
            return;
          }
          String type = customTypes.getOrDefault(key, "text");
          Object value = convert(type, cell);
          if (value == null) {
            problems.add(new FieldProblem("customFields." + key, "must be a " + type));
          } else {
            values.put(key, value);
          }
        });
    return values;
  }

  private static Object convert(String type, String cell) {
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
      default -> cell.length() <= 1000 ? cell : null;
    };
  }

  private static String notes(
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

  private static List<String> tags(List<String> cells) {
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
            && name.length() <= 50
            && seen.add(name.toLowerCase(Locale.ROOT))
            && tags.size() < 50) {
          tags.add(name);
        }
      }
    }
    return tags;
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
    List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
    while (words.size() > 1 && PREFIXES.contains(bare(words.get(0)))) {
      words.remove(0);
    }
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
    var words = new ArrayList<>(List.of(name.split("\\s+")));
    while (words.size() > 1 && PREFIXES.contains(bare(words.get(0)))) {
      words.remove(0);
    }
    return String.join(" ", words);
  }

  private static String bare(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "").replace(",", "");
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private String first(List<String> cells, ImportField field) {
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

  private List<String> all(List<String> cells, ImportField field) {
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
  private List<StagedRow.Labelled> labelled(
      List<String> cells, ImportField field, Pattern separator) {
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
      String columnLabel = labels.get(index);
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

  private static String cell(List<String> cells, int index) {
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
}
