package dev.steward.contacts;

import java.util.LinkedHashMap;
import java.util.Map;

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

}
