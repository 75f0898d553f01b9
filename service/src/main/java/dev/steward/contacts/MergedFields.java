package dev.steward.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The survivor's fields after a merge. A field the survivor leaves empty takes the duplicate's; a
 * field both fill differently takes the side the person chose (the survivor's unless told). Emails
 * and phones are all kept: the primary one chosen, every other one among the others.
 */
final class MergedFields {

  private MergedFields() {}

  /** The fields that both fill with different values, custom fields as {@code customFields.key}. */
  static List<String> conflicts(ContactFields survivor, ContactFields duplicate) {
    var conflicts = new ArrayList<String>();
    var a = scalars(survivor);
    var b = scalars(duplicate);
    for (var field : a.keySet()) {
      if (a.get(field) != null && b.get(field) != null && !same(a.get(field), b.get(field))) {
        conflicts.add(field);
      }
    }
    Set<String> keys = new TreeSet<>(survivor.customFields().keySet());
    keys.retainAll(duplicate.customFields().keySet());
    for (var key : keys) {
      Object x = survivor.customFields().get(key);
      Object y = duplicate.customFields().get(key);
      if (x != null && y != null && !same(x, y)) {
        conflicts.add("customFields." + key);
      }
    }
    return conflicts;
  }

  static ContactFields of(
      ContactFields survivor, ContactFields duplicate, Map<String, MergeSide> choices) {
    Map<String, MergeSide> chosen = choices == null ? Map.of() : choices;
    var a = scalars(survivor);
    var b = scalars(duplicate);
    Map<String, Object> merged = new LinkedHashMap<>();
    for (var field : a.keySet()) {
      merged.put(field, pick(chosen.get(field), a.get(field), b.get(field)));
    }
    ContactType type =
        chosen.get("type") == MergeSide.DUPLICATE ? duplicate.type() : survivor.type();
    Map<String, Object> custom = new LinkedHashMap<>(duplicate.customFields());
    custom.putAll(survivor.customFields());
    for (var key : duplicate.customFields().keySet()) {
      custom.put(
          key,
          pick(
              chosen.get("customFields." + key),
              survivor.customFields().get(key),
              duplicate.customFields().get(key)));
    }
    custom.values().removeIf(Objects::isNull);

    String email = (String) merged.get("email");
    var otherEmails =
        others(
            email,
            java.util.Arrays.asList(survivor.email(), duplicate.email()),
            survivor.otherEmails(),
            duplicate.otherEmails(),
            OtherEmail::address,
            address -> new OtherEmail(address, "other"),
            value -> value.toLowerCase(Locale.ROOT));
    String phone = (String) merged.get("phone");
    var otherPhones =
        others(
            phone,
            java.util.Arrays.asList(survivor.phone(), duplicate.phone()),
            survivor.otherPhones(),
            duplicate.otherPhones(),
            OtherPhone::number,
            number -> new OtherPhone(number, "other"),
            Function.identity());
    return new ContactFields(
        type,
        (String) merged.get("firstName"),
        (String) merged.get("lastName"),
        (String) merged.get("companyName"),
        (String) merged.get("jobTitle"),
        email,
        phone,
        (String) merged.get("addressLine1"),
        (String) merged.get("addressLine2"),
        (String) merged.get("city"),
        (String) merged.get("region"),
        (String) merged.get("postalCode"),
        (String) merged.get("country"),
        (String) merged.get("notes"),
        custom,
        otherEmails,
        otherPhones);
  }

  private static Map<String, Object> scalars(ContactFields fields) {
    Map<String, Object> map = fields.asMap();
    map.remove("customFields");
    map.remove("otherEmails");
    map.remove("otherPhones");
    return map;
  }

  private static Object pick(MergeSide side, Object survivor, Object duplicate) {
    if (side == MergeSide.DUPLICATE) {
      return duplicate != null ? duplicate : survivor;
    }
    return survivor != null ? survivor : duplicate;
  }

  /** Equal but for case and spaces ("LS1 4AP" and "ls14ap"): not worth asking about. */
  private static boolean same(Object a, Object b) {
    return String.valueOf(a)
        .replaceAll("\\s+", "")
        .equalsIgnoreCase(String.valueOf(b).replaceAll("\\s+", ""));
  }

  /**
   * Every value of both contacts except the primary one, each once: the primary values that lost
   * first, then the survivor's others, then the duplicate's.
   */
  private static <T> List<T> others(
      String primary,
      List<String> primaries,
      List<T> survivorOthers,
      List<T> duplicateOthers,
      Function<T, String> valueOf,
      Function<String, T> fromValue,
      Function<String, String> key) {
    var seen = new LinkedHashSet<String>();
    if (primary != null) {
      seen.add(key.apply(primary));
    }
    var result = new ArrayList<T>();
    for (String value : primaries) {
      if (value != null && seen.add(key.apply(value))) {
        result.add(fromValue.apply(value));
      }
    }
    for (var list : List.of(survivorOthers, duplicateOthers)) {
      for (T other : list == null ? List.<T>of() : list) {
        if (seen.add(key.apply(valueOf.apply(other)))) {
          result.add(other);
        }
      }
    }
    return result;
  }
}
