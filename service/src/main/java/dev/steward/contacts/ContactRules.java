package dev.steward.contacts;

import dev.steward.platform.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one definition of a contact's field rules: the sizes, the email syntax and the per-type
 * needs. The API's validation, an import's row checks and the web form's hints (served at {@code
 * GET /api/contacts/rules}) all read them from here. Phone numbers are normalised by {@link
 * PhoneNumbers}.
 */
public final class ContactRules {

  public static final int MAX_NAME = 100;
  public static final int MAX_COMPANY_NAME = 200;
  public static final int MAX_JOB_TITLE = 100;
  public static final int MAX_EMAIL = 254;

  /** A phone as a person types it, before it is read into E.164. */
  public static final int MAX_PHONE_AS_TYPED = 50;

  /**
   * A phone as the CRM keeps it: E.164 needs 16 characters, and a number an import could not read
   * is kept as written up to this.
   */
  public static final int MAX_PHONE_AS_KEPT = 32;

  public static final int MAX_ADDRESS_LINE = 200;
  public static final int MAX_PLACE = 100;
  public static final int MAX_POSTAL_CODE = 20;
  public static final int MAX_NOTES = 10_000;
  public static final int MAX_TAGS = 50;
  public static final int MAX_TAG_NAME = 50;
  public static final int MAX_CUSTOM_FIELDS = 100;
  public static final int MAX_CUSTOM_TEXT = 1_000;

  /** How many emails, and how many phones, a contact may have besides its primary one. */
  public static final int MAX_OTHERS = 10;

  /** A record id in the CRM a contact was imported from. */
  public static final int MAX_EXTERNAL_ID = 100;

  /** The labels an other email or phone may carry; none given is "other". */
  public static final List<String> OTHER_LABELS = List.of("work", "home", "mobile", "other");

  /** The longest text each field takes, by its API name, in the order a form shows them. */
  public static final Map<String, Integer> MAX_LENGTHS = maxLengths();

  /**
   * A local part and a dotted domain; stricter than "anything with an @", looser than full RFC 5322
   * on purpose.
   */
  public static final String EMAIL_PATTERN =
      "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
          + "[A-Za-z]{2,63}$";

  private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);

  private ContactRules() {}

  private static Map<String, Integer> maxLengths() {
    Map<String, Integer> lengths = new LinkedHashMap<>();
    lengths.put("firstName", MAX_NAME);
    lengths.put("lastName", MAX_NAME);
    lengths.put("companyName", MAX_COMPANY_NAME);
    lengths.put("jobTitle", MAX_JOB_TITLE);
    lengths.put("email", MAX_EMAIL);
    lengths.put("phone", MAX_PHONE_AS_TYPED);
    lengths.put("addressLine1", MAX_ADDRESS_LINE);
    lengths.put("addressLine2", MAX_ADDRESS_LINE);
    lengths.put("city", MAX_PLACE);
    lengths.put("region", MAX_PLACE);
    lengths.put("postalCode", MAX_POSTAL_CODE);
    lengths.put("country", MAX_PLACE);
    lengths.put("notes", MAX_NOTES);
    return java.util.Collections.unmodifiableMap(lengths);
  }

  /** The address in the form the CRM keeps (lower case), or empty when it is not a valid email. */
  public static Optional<String> email(String address) {
    if (address == null || !EMAIL.matcher(address).matches() || address.contains("..")) {
      return Optional.empty();
    }
    return Optional.of(address.toLowerCase(Locale.ROOT));
  }

  /**
   * What a contact of {@code type} lacks to be saved: an individual needs a first or a last name, a
   * business or an estate its name. Values are trimmed, blank ones null.
   */
  public static Optional<FieldProblem> missingName(
      ContactType type, String firstName, String lastName, String companyName) {
    return switch (type) {
      case INDIVIDUAL ->
          firstName == null && lastName == null
              ? Optional.of(
                  new FieldProblem("firstName", "an individual needs a first or a last name"))
              : Optional.empty();
      case BUSINESS ->
          companyName == null
              ? Optional.of(new FieldProblem("companyName", "a business needs its company name"))
              : Optional.empty();
      case ESTATE ->
          companyName == null
              ? Optional.of(
                  new FieldProblem(
                      "companyName", "an estate needs its name, such as 'Estate of Jane Doe'"))
              : Optional.empty();
    };
  }

  /** The fields of which a contact of {@code type} needs at least one filled in. */
  public static List<String> nameFields(ContactType type) {
    return type == ContactType.INDIVIDUAL
        ? List.of("firstName", "lastName")
        : List.of("companyName");
  }

  /** {@code field} is longer than the rules allow. */
  public static FieldProblem tooLong(String field) {
    return new FieldProblem(field, "is longer than " + MAX_LENGTHS.get(field) + " characters");
  }
}
