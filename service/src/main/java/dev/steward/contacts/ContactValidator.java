package dev.steward.contacts;

import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The rules a contact must meet beyond sizes, all checked at once so that every problem is reported together. */
@Component
class ContactValidator {

  // A local part and a dotted domain; stricter than "anything with an @", looser than full RFC 5322 on purpose.
  private static final Pattern EMAIL = Pattern.compile(
      "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
          + "[A-Za-z]{2,63}$");

  private final PhoneNumbers phoneNumbers;
  private final CustomFieldDefinitions customFieldDefinitions;

  ContactValidator(PhoneNumbers phoneNumbers, CustomFieldDefinitions customFieldDefinitions) {
    this.phoneNumbers = phoneNumbers;
    this.customFieldDefinitions = customFieldDefinitions;
  }

  /** @throws InvalidInputException listing every field that breaks a rule */
  ContactFields validate(ContactRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    String firstName = clean(request.firstName());
    String lastName = clean(request.lastName());
    String companyName = clean(request.companyName());
    ContactType type = request.type();
    if (type == ContactType.INDIVIDUAL && firstName == null && lastName == null) {
      problems.add(new FieldProblem("firstName", "an individual needs a first or a last name"));
    }
    if (type == ContactType.BUSINESS && companyName == null) {
      problems.add(new FieldProblem("companyName", "a business needs its company name"));
    }
    if (type == ContactType.ESTATE && companyName == null) {
      problems.add(new FieldProblem("companyName", "an estate needs its name, such as 'Estate of Jane Doe'"));
    }
    String email = clean(request.email());
    if (email != null) {
      if (EMAIL.matcher(email).matches() && !email.contains("..")) {
        email = email.toLowerCase(java.util.Locale.ROOT);
      } else {
        problems.add(new FieldProblem("email", "is not a valid email address"));
      }
    }
    String phone = clean(request.phone());
    if (phone != null) {
      var e164 = phoneNumbers.toE164(phone);
      if (e164.isPresent()) {
        phone = e164.get();
      } else {
        problems.add(new FieldProblem("phone", "is not a valid phone number for region " + phoneNumbers.defaultRegion()
            + "; numbers from elsewhere need their country code, such as +44 20 7946 0958"));
      }
    }
    var customFields = validateCustomFields(request.customFields(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ContactFields(type, firstName, lastName, companyName, clean(request.jobTitle()), email, phone,
        clean(request.addressLine1()), clean(request.addressLine2()), clean(request.city()), clean(request.region()),
        clean(request.postalCode()), clean(request.country()), clean(request.notes()), customFields);
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

  private Map<String, Object> validateCustomFields(Map<String, Object> values, List<FieldProblem> problems) {
    Map<String, Object> valid = new LinkedHashMap<>();
    if (values == null || values.isEmpty()) {
      return valid;
    }
    var definitions = customFieldDefinitions.typesByKey();
    values.forEach((key, value) -> {
      String field = "customFields." + key;
      var fieldType = definitions.get(key);
      if (fieldType == null) {
        problems.add(new FieldProblem(field, "is not a custom field of this firm"));
      } else if (value == null || (value instanceof String s && s.isBlank())) {
        return;
      } else {
        Object converted = convert(fieldType, value);
        if (converted == null) {
          problems.add(new FieldProblem(field, "must be a " + fieldType.value()));
        } else {
          valid.put(key, converted);
        }
      }
    });
    return valid;
  }

  private static Object convert(CustomFieldType type, Object value) {
    return switch (type) {
      case TEXT -> value instanceof String s && s.length() <= 1000 ? s.trim() : null;
      case NUMBER -> {
        try {
          if (value instanceof Number n) {
            yield canonical(new BigDecimal(n.toString()));
          }
          yield value instanceof String s ? canonical(new BigDecimal(s.trim())) : null;
        } catch (NumberFormatException e) {
          yield null;
        }
      }
      case DATE -> {
        try {
          yield value instanceof String s ? LocalDate.parse(s.trim()).toString() : null;
        } catch (DateTimeParseException e) {
          yield null;
        }
      }
      case BOOLEAN -> value instanceof Boolean ? value : null;
    };
  }

  /** A number in one form (whole numbers as Long, others as Double): "1250.50", 1250.5 and "1250.5" are one value. */
  static Number canonical(BigDecimal number) {
    BigDecimal plain = number.stripTrailingZeros();
    if (plain.scale() <= 0) {
      try {
        return plain.longValueExact();
      } catch (ArithmeticException tooLarge) {
        return plain.doubleValue();
      }
    }
    return plain.doubleValue();
  }

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
