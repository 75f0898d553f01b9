package dev.steward.contacts;

import dev.steward.platform.FieldChange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The editable fields of a contact, already validated and normalised. */
record ContactFields(
    ContactType type,
    String firstName,
    String lastName,
    String companyName,
    String jobTitle,
    String email,
    String phone,
    String addressLine1,
    String addressLine2,
    String city,
    String region,
    String postalCode,
    String country,
    String notes,
    Map<String, Object> customFields) {

  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("type", type == null ? null : type.value());
    map.put("firstName", firstName);
    map.put("lastName", lastName);
    map.put("companyName", companyName);
    map.put("jobTitle", jobTitle);
    map.put("email", email);
    map.put("phone", phone);
    map.put("addressLine1", addressLine1);
    map.put("addressLine2", addressLine2);
    map.put("city", city);
    map.put("region", region);
    map.put("postalCode", postalCode);
    map.put("country", country);
    map.put("notes", notes);
    map.put("customFields", customFields);
    return map;
  }

  static Map<String, FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
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
