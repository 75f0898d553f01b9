package dev.steward.contacts;

import dev.steward.platform.FieldChange;
import dev.steward.platform.RecordHistory;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A contact of the firm. It owns its fields; the service validates them first. */
@Entity
@Table(name = "contacts")
class Contact {

  @Id private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Convert(converter = ContactTypeColumn.class)
  @Column(nullable = false)
  private ContactType type;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  @Column(name = "company_name")
  private String companyName;

  @Column(name = "job_title")
  private String jobTitle;

  private String email;
  private String phone;

  @Column(name = "address_line1")
  private String addressLine1;

  @Column(name = "address_line2")
  private String addressLine2;

  private String city;
  private String region;

  @Column(name = "postal_code")
  private String postalCode;

  private String country;
  private String notes;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "custom_fields", nullable = false)
  private Map<String, Object> customFields = new LinkedHashMap<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "other_emails", nullable = false)
  private List<OtherEmail> otherEmails = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "other_phones", nullable = false)
  private List<OtherPhone> otherPhones = new ArrayList<>();

  @Embedded private RecordHistory history;

  @Column(name = "merged_into")
  private UUID mergedInto;

  /** The record's id in the CRM an import came from; written only by imports, which match on it. */
  @Column(name = "external_id", insertable = false, updatable = false)
  private String externalId;

  @Version private Long version;

  protected Contact() {}

  Contact(UUID id, UUID tenantId, UUID createdBy, ContactFields fields) {
    this.id = id;
    this.tenantId = tenantId;
    this.history = RecordHistory.createdBy(createdBy);
    apply(fields);
  }

  /**
   * Replaces every field, and returns what changed as field → [before, after]; a custom field that
   * changed is its own entry ({@code customFields.<key>}), so that the timeline and the audit log
   * name it.
   */
  Map<String, FieldChange> apply(ContactFields fields) {
    ContactFields old = fields();
    Map<String, Object> before = withCustomFieldsApart(old);
    this.type = fields.type();
    this.firstName = fields.firstName();
    this.lastName = fields.lastName();
    this.companyName = fields.companyName();
    this.jobTitle = fields.jobTitle();
    this.email = fields.email();
    this.phone = fields.phone();
    this.addressLine1 = fields.addressLine1();
    this.addressLine2 = fields.addressLine2();
    this.city = fields.city();
    this.region = fields.region();
    this.postalCode = fields.postalCode();
    this.country = fields.country();
    this.notes = fields.notes();
    this.customFields = new LinkedHashMap<>(fields.customFields());
    this.otherEmails =
        new ArrayList<>(fields.otherEmails() == null ? List.of() : fields.otherEmails());
    this.otherPhones =
        new ArrayList<>(fields.otherPhones() == null ? List.of() : fields.otherPhones());
    Map<String, Object> after = withCustomFieldsApart(fields);
    before.keySet().stream()
        .filter(key -> !after.containsKey(key))
        .forEach(key -> after.put(key, null));
    Map<String, FieldChange> changes = FieldChange.between(before, after);
    // A save that changes nothing leaves the row as it was, version included.
    if (!changes.isEmpty() || history.neverChanged()) {
      history.changed();
    }
    return changes;
  }

  private static Map<String, Object> withCustomFieldsApart(ContactFields fields) {
    Map<String, Object> map = fields.asMap();
    map.remove("customFields");
    fields.customFields().forEach((key, value) -> map.put("customFields." + key, value));
    return map;
  }

  void moveToTrash() {
    history.moveToTrash();
  }

  /** Moves the contact to the trash as merged into {@code survivor}. */
  void mergeInto(UUID survivor) {
    moveToTrash();
    this.mergedInto = survivor;
  }

  void restore() {
    history.restore();
    this.mergedInto = null;
  }

  boolean inTrash() {
    return history.inTrash();
  }

  ContactFields fields() {
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
        customFields == null ? Map.of() : customFields,
        otherEmails == null ? List.of() : List.copyOf(otherEmails),
        otherPhones == null ? List.of() : List.copyOf(otherPhones));
  }

  UUID id() {
    return id;
  }

  String email() {
    return email;
  }

  UUID createdBy() {
    return history.createdBy();
  }

  Instant createdAt() {
    return history.createdAt();
  }

  Instant updatedAt() {
    return history.updatedAt();
  }

  Instant deletedAt() {
    return history.deletedAt();
  }

  UUID mergedInto() {
    return mergedInto;
  }

  String externalId() {
    return externalId;
  }

  long version() {
    return version == null ? 0 : version;
  }
}
