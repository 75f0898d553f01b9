package dev.steward.spreadsheets;

import dev.steward.contacts.ContactRules;
import dev.steward.contacts.PhoneNumbers;
import dev.steward.platform.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a row's cells into a contact by a mapping, and checks it against the contacts' field rules
 * ({@link ContactRules}). An import checks a million rows without building a request per row, so it
 * applies the rules itself rather than through the API's validation.
 */
final class RowMapper {

  /**
   * Several values in one cell: "a@x.org; b@y.org", Google's "a@x.org ::: b@y.org", or Steward's
   * own export's "a@x.org (home); b@y.org (work)". Phones are split on ";" and ":::" only, as
   * commas appear in numbers written with extensions.
   */
  private static final Pattern EMAIL_SEPARATOR = Pattern.compile("\\s*(?::::|;|,)\\s*");

  private static final Pattern PHONE_SEPARATOR = Pattern.compile("\\s*(?::::|;)\\s*");

  private final RowCells fields;
  private final Addresses addresses;
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
    fields = new RowCells(mapping);
    addresses = new Addresses(mapping, RowCells::rank);
  }

  StagedRow map(int rowNumber, List<String> cells) {
    List<FieldProblem> problems = new ArrayList<>();
    List<FieldProblem> warnings = new ArrayList<>();
    var name = PersonNames.read(fields, cells, problems);
    String type = name.type();
    String first = name.first();
    String last = name.last();
    String company = name.company();

    var emails =
        ContactPoints.emails(
            fields.labelled(cells, ImportField.EMAIL, EMAIL_SEPARATOR), problems, warnings);
    String email = emails.primary();
    var address = addresses.read(index -> RowCells.cell(cells, index));
    String country = address.parts().get(ImportField.COUNTRY);
    String rowRegion = CountryRegions.of(country);
    String phoneRegion = rowRegion != null && PhoneNumbers.isRegion(rowRegion) ? rowRegion : region;
    var phoneNumbers =
        ContactPoints.phones(
            fields.labelled(cells, ImportField.PHONE, PHONE_SEPARATOR),
            phones,
            phoneRegion,
            warnings);
    String phone = phoneNumbers.primary();
    String notes =
        RowValues.notes(
            withFaxesAndPagers(fields.first(cells, ImportField.NOTES), cells),
            emails.unusable(),
            phoneNumbers.unusable(),
            address.others());
    List<String> tags = RowValues.tags(fields.all(cells, ImportField.TAGS));
    Map<String, Object> custom = customFields(cells, problems);
    UUID stewardId = null;
    String idCell = fields.first(cells, ImportField.STEWARD_ID);
    if (idCell != null) {
      try {
        stewardId = UUID.fromString(idCell);
      } catch (IllegalArgumentException e) {
        problems.add(
            new FieldProblem(
                "stewardId", "is not a Steward ID; leave the column as the Excel pane wrote it"));
      }
    }
    String externalId = fields.first(cells, ImportField.EXTERNAL_ID);
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
            fields.first(cells, ImportField.JOB_TITLE),
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
            emails.others(),
            phoneNumbers.others(),
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
        List.copyOf(emails.others()),
        List.copyOf(phoneNumbers.others()),
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

  private String withFaxesAndPagers(String notes, List<String> cells) {
    var kept = fields.faxesAndPagers(cells);
    if (kept.isEmpty()) {
      return notes;
    }
    var lines = new ArrayList<String>();
    if (notes != null) {
      lines.add(notes);
    }
    lines.addAll(kept);
    return String.join("\n", lines);
  }

  private Map<String, Object> customFields(List<String> cells, List<FieldProblem> problems) {
    Map<String, Object> values = new LinkedHashMap<>();
    fields
        .customColumns()
        .forEach(
            (column, key) -> {
              String cell = RowCells.cell(cells, column);
              if (cell == null || values.containsKey(key)) {
                return;
              }
              String type = customTypes.getOrDefault(key, "text");
              Object value = RowValues.convert(type, cell);
              if (value == null) {
                problems.add(new FieldProblem("customFields." + key, "must be a " + type));
              } else {
                values.put(key, value);
              }
            });
    return values;
  }
}
