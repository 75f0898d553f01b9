package dev.steward.contacts;

import dev.steward.platform.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A contact's custom field values, checked against the firm's definitions and typed. */
@Component
class CustomFieldValues {

  private final CustomFieldDefinitions customFieldDefinitions;

  CustomFieldValues(CustomFieldDefinitions customFieldDefinitions) {
    this.customFieldDefinitions = customFieldDefinitions;
  }

  /** The values that are valid, typed; each invalid one adds a problem. */
  Map<String, Object> validate(Map<String, Object> values, List<FieldProblem> problems) {
    Map<String, Object> valid = new LinkedHashMap<>();
    if (values == null || values.isEmpty()) {
      return valid;
    }
    var definitions = customFieldDefinitions.typesByKey();
    values.forEach(
        (key, value) -> {
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
      case TEXT ->
          value instanceof String s && s.length() <= ContactRules.MAX_CUSTOM_TEXT ? s.trim() : null;
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

  /**
   * A number in one form, the one the JSON column reads back (whole numbers as Integer, or Long
   * beyond it; others as Double): "1250.50", 1250.5 and "1250.5" are one value. Any other form
   * would differ from what Hibernate reads back, so each save would look like a change and bump the
   * version.
   */
  static Number canonical(BigDecimal number) {
    BigDecimal plain = number.stripTrailingZeros();
    if (plain.scale() <= 0) {
      try {
        long whole = plain.longValueExact();
        if (whole == (int) whole) {
          return Integer.valueOf(
              (int) whole); // not in a ?: with a Long, which would box it as Long
        }
        return Long.valueOf(whole);
      } catch (ArithmeticException tooLarge) {
        return plain.doubleValue();
      }
    }
    return plain.doubleValue();
  }
}
