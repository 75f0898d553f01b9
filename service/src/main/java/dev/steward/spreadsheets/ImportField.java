package dev.steward.spreadsheets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a column of a sheet is imported as. Several columns may share {@code email} or {@code
 * phone}: the first non-blank one (in order of how primary its header sounds, e.g. "Primary Phone"
 * before "Home Phone") fills the contact's field, and the others become its other emails and
 * phones, with the column's label.
 */
public enum ImportField {
  FIRST_NAME("firstName"),
  MIDDLE_NAME("middleName"),
  LAST_NAME("lastName"),
  /** A whole name, split into first and last ("Ada Lovelace", "Lovelace, Ada"). */
  FULL_NAME("fullName"),
  NAME_PREFIX("namePrefix"),
  NAME_SUFFIX("nameSuffix"),
  COMPANY_NAME("companyName"),
  JOB_TITLE("jobTitle"),
  EMAIL("email"),
  PHONE("phone"),
  ADDRESS_LINE1("addressLine1"),
  ADDRESS_LINE2("addressLine2"),
  CITY("city"),
  REGION("region"),
  POSTAL_CODE("postalCode"),
  COUNTRY("country"),
  NOTES("notes"),
  /** Separated by ";", "," or Google's " ::: ". */
  TAGS("tags"),
  /** individual, business or estate (also person, company, organisation, trust). */
  TYPE("type"),
  /** The contact's id, as the Excel pane writes it into the sheet: the row updates that contact. */
  STEWARD_ID("stewardId"),
  /**
   * Another CRM's record id (Salesforce "Contact ID", HubSpot "Record ID"), kept on the contact so
   * that a later import of the same CRM's export updates it.
   */
  EXTERNAL_ID("externalId"),
  /** A custom field of the firm, named in the mapping's {@code customField}. */
  CUSTOM_FIELD("customField"),
  IGNORE("ignore");

  private final String value;

  ImportField(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }

  @JsonCreator
  public static ImportField of(String value) {
    for (var field : values()) {
      if (field.value.equalsIgnoreCase(value == null ? "" : value.trim())) {
        return field;
      }
    }
    throw new IllegalArgumentException("Unknown import field '" + value + "'");
  }
}
