package dev.steward.spreadsheets;

import dev.steward.contacts.ContactRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The header proposes, the values decide: a recognised column keeps its field only when most of its
 * sample values fit it (emails look like emails, contact types are individual/business/estate,
 * phones hold digits, a company is not a CRM's record id). A column whose values do not fit is left
 * out, with the reason shown beside it, and the user may map it to a tag or a custom field instead.
 */
final class ColumnValues {

  /**
   * A Salesforce record id: 15 or 18 letters and digits, the first three its object's prefix (001
   * is an account).
   */
  private static final Pattern SALESFORCE_ID =
      Pattern.compile("^[a-zA-Z0-9]{3}[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?$");

  private static final Pattern NUMBER_ID = Pattern.compile("^[0-9]{5,}$");

  private ColumnValues() {}

  /** The mapping with each recognised column checked against its sample values. */
  static List<ColumnMapping> check(List<ColumnMapping> mapping, List<List<String>> samples) {
    var checked = new ArrayList<ColumnMapping>();
    for (var column : mapping) {
      checked.add(column.recognised() ? check(column, values(samples, column.column())) : column);
    }
    return Notes.describe(checked);
  }

  /** Fewer filled sample values than this say too little to overrule a header. */
  static final int ENOUGH_VALUES = 3;

  private static ColumnMapping check(ColumnMapping column, List<String> values) {
    if (values.size() < ENOUGH_VALUES) {
      return column;
    }
    return switch (column.field()) {
      // An address with a typo is still an email, to be rejected with its row; a column without any
      // "@" is not.
      case EMAIL ->
          fits(values, v -> v.contains("@"))
              ? column
              : column.withField(ImportField.IGNORE, "values don't look like email addresses");
      case TYPE ->
          fits(values, v -> PersonNames.typeOf(v) != null)
              ? column
              : column.withField(
                  ImportField.IGNORE,
                  "values don't look like contact types (individual, business,"
                      + " estate); map it to a tag or a custom field to keep them");
      // A phone column keeps the odd "pager" or extension note: only one that is mostly words is
      // left out.
      case PHONE ->
          share(values, ColumnValues::phoneLike) * 3 >= values.size()
              ? column
              : column.withField(ImportField.IGNORE, "values don't look like phone numbers");
      case COMPANY_NAME, FULL_NAME, FIRST_NAME, LAST_NAME ->
          fits(values, ColumnValues::recordId)
              ? column.withField(ImportField.IGNORE, "values look like record ids, not names")
              : column;
      case EXTERNAL_ID ->
          fits(
                  values,
                  v -> v.length() <= ContactRules.MAX_EXTERNAL_ID && v.strip().indexOf(' ') < 0)
              ? column
              : column.withField(ImportField.IGNORE, "values don't look like record ids");
      default -> column;
    };
  }

  /** Most (at least two in three) of the non-blank values pass. */
  static boolean fits(List<String> values, Predicate<String> test) {
    return share(values, test) * 3 >= values.size() * 2L;
  }

  private static long share(List<String> values, Predicate<String> test) {
    return values.stream().filter(test).count();
  }

  static boolean phoneLike(String value) {
    long digits = value.chars().filter(Character::isDigit).count();
    return digits >= 3 || value.length() <= 40 && value.chars().noneMatch(Character::isLetter);
  }

  /** A CRM's record id: Salesforce's (with a digit and no space), or a long number. */
  static boolean recordId(String value) {
    String v = value.strip();
    return (SALESFORCE_ID.matcher(v).matches()
            && v.chars().anyMatch(Character::isDigit)
            && v.chars().filter(Character::isDigit).count() >= 3)
        || NUMBER_ID.matcher(v).matches();
  }

  private static List<String> values(List<List<String>> samples, int column) {
    var values = new ArrayList<String>();
    for (var row : samples) {
      if (column < row.size()) {
        String value = row.get(column);
        if (value != null && !value.isBlank() && !Placeholders.isEmpty(value)) {
          values.add(value.strip());
        }
      }
    }
    return values;
  }
}
