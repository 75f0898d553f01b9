package dev.steward.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One field's value before and after a change, as events carry it to the audit log. */
public record FieldChange(Object before, Object after) {

  /** The fields whose values differ between two snapshots of the same record, in the order of {@code after}. */
  public static Map<String, FieldChange> between(Map<String, Object> before, Map<String, Object> after) {
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    after.forEach((field, value) -> {
      Object old = before.get(field);
      if (!Objects.equals(old, value)) {
        changes.put(field, new FieldChange(old, value));
      }
    });
    return changes;
  }
}
