package dev.steward.spreadsheets;

import dev.steward.contacts.ContactBulk;
import dev.steward.platform.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One row of a sheet mapped onto contact fields and validated: what the staging table holds for it.
 */
record StagedRow(
    int rowNumber,
    String type,
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
    List<String> tags,
    Map<String, Object> customFields,
    UUID stewardId,
    String matchKey,
    List<FieldProblem> problems,
    List<FieldProblem> warnings,
    List<Labelled> otherEmails,
    List<Labelled> otherPhones,
    String externalId) {

  /** An email or phone besides the primary one, with whose it is (work, home, mobile, other). */
  record Labelled(String value, String label) {

    /** As the preview and Steward's export write it: "b@y.org (home)". */
    String shown() {
      return value + " (" + label + ")";
    }
  }

  boolean valid() {
    return problems.isEmpty();
  }

  /** The problems, one a line ("field: message"), as the rejected-rows file shows them. */
  String reason() {
    return lines(problems);
  }

  /** Problems one a line, "field: message". */
  static String lines(List<FieldProblem> problems) {
    var text = new StringBuilder();
    for (var problem : problems) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(problem.field()).append(": ").append(problem.message());
    }
    return text.toString();
  }

  List<String> values() {
    return java.util.Arrays.asList(
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
        notes);
  }

  /** Field name to value, blanks left out, custom fields as {@code customFields.key}. */
  Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    var values = values();
    for (int i = 0; i < ContactBulk.FIELDS.size(); i++) {
      if (values.get(i) != null) {
        map.put(ContactBulk.FIELDS.get(i), values.get(i));
      }
    }
    if (!tags.isEmpty()) {
      map.put("tags", tags);
    }
    customFields.forEach((key, value) -> map.put("customFields." + key, value));
    if (!otherEmails.isEmpty()) {
      map.put("otherEmails", otherEmails.stream().map(Labelled::shown).toList());
    }
    if (!otherPhones.isEmpty()) {
      map.put("otherPhones", otherPhones.stream().map(Labelled::shown).toList());
    }
    if (externalId != null) {
      map.put("externalId", externalId);
    }
    return map;
  }
}
