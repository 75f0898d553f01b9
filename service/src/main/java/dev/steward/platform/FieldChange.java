package dev.steward.platform;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field's value before and after a change, as events carry it to the audit log. */
public record FieldChange(Object before, Object after) {

  /**
   * The fields whose values differ between two snapshots of the same record, in the order of {@code
   * after}.
   */
  public static Map<String, FieldChange> between(
      Map<String, Object> before, Map<String, Object> after) {
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    after.forEach(
        (field, value) -> {
          Object old = before.get(field);
          if (!sameValue(old, value)) {
            changes.put(field, new FieldChange(old, value));
          }
        });
    return changes;
  }

  /**
   * Equal as values: numbers by amount (a JSON column reads {@code 1250.5} back as a Double where
   * the request held the BigDecimal {@code 1250.50}), maps and lists element by element.
   */
  public static boolean sameValue(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return amount(x).compareTo(amount(y)) == 0;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      return x.size() == y.size()
          && x.entrySet().stream()
              .allMatch(
                  e -> y.containsKey(e.getKey()) && sameValue(e.getValue(), y.get(e.getKey())));
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!sameValue(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  private static BigDecimal amount(Number number) {
    return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
  }
}
