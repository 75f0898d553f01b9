package dev.steward.contacts;

import java.util.LinkedHashMap;
import java.util.List;
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
    Map<String, Object> customFields,
    List<OtherEmail> otherEmails,
    List<OtherPhone> otherPhones) {

  /**
   * These fields, with the other emails and phones of {@code current} where these leave them unsaid
   * (null).
   */
  ContactFields keepingOthersOf(ContactFields current) {
    return new ContactFields(
        type,
        firstName,
        lastName,
        companyName,
        jobTitle,
        email,
        phone,
        addressLine1,
        addressLine2,
        city,
        region,
        postalCode,
        country,
        notes,
        customFields,
        otherEmails == null ? current.otherEmails() : otherEmails,
        otherPhones == null ? current.otherPhones() : otherPhones);
  }

  /** Every email of the contact, the primary first. */
  List<String> emails() {
    var all = new java.util.ArrayList<String>();
    if (email != null) {
      all.add(email);
    }
    if (otherEmails != null) {
      otherEmails.forEach(other -> all.add(other.address()));
    }
    return all;
  }

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
    map.put("otherEmails", otherEmails == null ? List.of() : otherEmails);
    map.put("otherPhones", otherPhones == null ? List.of() : otherPhones);
    return map;
  }
}
