package dev.steward.contacts;

import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rules a contact must meet beyond sizes, all checked at once so that every problem is reported
 * together.
 */
@Component
class ContactValidator {

  private final PhoneNumbers phoneNumbers;
  private final CustomFieldValues customFieldValues;

  ContactValidator(PhoneNumbers phoneNumbers, CustomFieldValues customFieldValues) {
    this.phoneNumbers = phoneNumbers;
    this.customFieldValues = customFieldValues;
  }

  /**
   * @throws InvalidInputException listing every field that breaks a rule
   */
  ContactFields validate(ContactRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    String firstName = clean(request.firstName());
    String lastName = clean(request.lastName());
    String companyName = clean(request.companyName());
    ContactType type = request.type();
    if (type != null) {
      ContactRules.missingName(type, firstName, lastName, companyName).ifPresent(problems::add);
    }
    String email = clean(request.email());
    if (email != null) {
      var kept = ContactRules.email(email);
      if (kept.isEmpty()) {
        problems.add(new FieldProblem("email", "is not a valid email address"));
      }
      email = kept.orElse(email);
    }
    String phone = clean(request.phone());
    if (phone != null) {
      var e164 = phoneNumbers.toE164(phone);
      if (e164.isPresent()) {
        phone = e164.get();
      } else {
        problems.add(
            new FieldProblem(
                "phone",
                "is not a valid phone number for region "
                    + phoneNumbers.firmRegion()
                    + "; numbers from elsewhere need their country code, such as +44 20 7946 0958"));
      }
    }
    var customFields = customFieldValues.validate(request.customFields(), problems);
    var otherEmails =
        request.otherEmails() == null ? null : otherEmails(request.otherEmails(), email, problems);
    var otherPhones =
        request.otherPhones() == null ? null : otherPhones(request.otherPhones(), phone, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ContactFields(
        type,
        firstName,
        lastName,
        companyName,
        clean(request.jobTitle()),
        email,
        phone,
        clean(request.addressLine1()),
        clean(request.addressLine2()),
        clean(request.city()),
        clean(request.region()),
        clean(request.postalCode()),
        clean(request.country()),
        clean(request.notes()),
        customFields,
        otherEmails,
        otherPhones);
  }

  private static List<OtherEmail> otherEmails(
      List<OtherEmail> given, String primary, List<FieldProblem> problems) {
    var seen = new LinkedHashSet<String>();
    if (primary != null) {
      seen.add(primary);
    }
    var valid = new ArrayList<OtherEmail>();
    for (int i = 0; i < given.size(); i++) {
      String field = "otherEmails[" + i + "]";
      String address = clean(given.get(i).address());
      String label = label(given.get(i).label(), field, problems);
      if (address == null) {
        continue;
      }
      var kept = ContactRules.email(address);
      if (kept.isEmpty()) {
        problems.add(new FieldProblem(field + ".address", "is not a valid email address"));
        continue;
      }
      address = kept.get();
      if (!seen.add(address)) {
        problems.add(
            new FieldProblem(field + ".address", "is already one of this contact's emails"));
        continue;
      }
      valid.add(new OtherEmail(address, label));
    }
    return valid;
  }

  private List<OtherPhone> otherPhones(
      List<OtherPhone> given, String primary, List<FieldProblem> problems) {
    var seen = new LinkedHashSet<String>();
    if (primary != null) {
      seen.add(primary);
    }
    var valid = new ArrayList<OtherPhone>();
    for (int i = 0; i < given.size(); i++) {
      String field = "otherPhones[" + i + "]";
      String number = clean(given.get(i).number());
      String label = label(given.get(i).label(), field, problems);
      if (number == null) {
        continue;
      }
      var e164 = phoneNumbers.toE164(number);
      if (e164.isEmpty()) {
        problems.add(
            new FieldProblem(
                field + ".number",
                "is not a valid phone number for region "
                    + phoneNumbers.firmRegion()
                    + "; numbers from elsewhere need their country code"));
      } else if (seen.add(e164.get())) {
        valid.add(new OtherPhone(e164.get(), label));
      }
    }
    return valid;
  }

  private static String label(String given, String field, List<FieldProblem> problems) {
    String label = clean(given);
    if (label == null) {
      return "other";
    }
    label = label.toLowerCase(java.util.Locale.ROOT);
    if (!ContactRules.OTHER_LABELS.contains(label)) {
      problems.add(
          new FieldProblem(
              field + ".label", "must be one of " + String.join(", ", ContactRules.OTHER_LABELS)));
    }
    return label;
  }

  /** Tag names, trimmed, without repeats (case-insensitively), in the order given. */
  static List<String> cleanTags(List<String> tags) {
    if (tags == null) {
      return List.of();
    }
    var seen = new LinkedHashSet<String>();
    var names = new ArrayList<String>();
    for (String tag : tags) {
      String name = clean(tag);
      if (name != null && seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
        names.add(name);
      }
    }
    return names;
  }

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
