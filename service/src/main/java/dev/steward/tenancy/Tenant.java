package dev.steward.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "tenants")
class Tenant {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  private String subdomain;

  @Column(name = "azure_tenant_id")
  private UUID azureTenantId;

  private boolean active = true;

  @Column(name = "mfa_required")
  private boolean mfaRequired;

  @Column(name = "entra_roles", nullable = false)
  private String entraRoles = EntraRoles.AUTO.value();

  @Column(name = "phone_region")
  private String phoneRegion;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Tenant() {}

  Tenant(UUID id, String name, String subdomain) {
    this.id = id;
    this.name = name;
    this.subdomain = subdomain;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  UUID id() {
    return id;
  }

  Instant createdAt() {
    return createdAt;
  }

  static Tenant forEntra(UUID id, String name, UUID azureTenantId) {
    var tenant = new Tenant(id, name, null);
    tenant.azureTenantId = azureTenantId;
    return tenant;
  }

  /** Applies the settings; returns what changed as field → [before, after]. */
  java.util.Map<String, dev.steward.platform.FieldChange> update(TenantSettings settings) {
    var before = toInfo();
    this.name = settings.name().strip();
    this.subdomain =
        settings.subdomain() == null || settings.subdomain().isBlank()
            ? null
            : settings.subdomain().strip().toLowerCase(java.util.Locale.ROOT);
    this.azureTenantId = settings.azureTenantId();
    this.mfaRequired = settings.mfaRequired();
    if (settings.active() != null) {
      this.active = settings.active();
    }
    if (settings.entraRoles() != null) {
      this.entraRoles = settings.entraRoles().value();
    }
    if (settings.phoneRegion() != null) {
      String region = settings.phoneRegion().strip().toUpperCase(java.util.Locale.ROOT);
      if (!region.isEmpty()
          && !java.util.Arrays.asList(java.util.Locale.getISOCountries()).contains(region)) {
        throw dev.steward.platform.InvalidInputException.of(
            "phoneRegion", "is not a country code; use a two-letter code such as GB, DE or US");
      }
      this.phoneRegion = region.isEmpty() ? null : region;
    }
    this.updatedAt = Instant.now();
    var after = toInfo();
    var changes = new java.util.LinkedHashMap<String, dev.steward.platform.FieldChange>();
    record Pair(String field, Object before, Object after) {}
    for (var pair :
        java.util.List.of(
            new Pair("name", before.name(), after.name()),
            new Pair("subdomain", before.subdomain(), after.subdomain()),
            new Pair("azureTenantId", before.azureTenantId(), after.azureTenantId()),
            new Pair("active", before.active(), after.active()),
            new Pair("mfaRequired", before.mfaRequired(), after.mfaRequired()),
            new Pair("entraRoles", before.entraRoles().value(), after.entraRoles().value()),
            new Pair("phoneRegion", before.phoneRegion(), after.phoneRegion()))) {
      if (!java.util.Objects.equals(pair.before(), pair.after())) {
        changes.put(
            pair.field(), new dev.steward.platform.FieldChange(pair.before(), pair.after()));
      }
    }
    return changes;
  }

  long version() {
    return version;
  }

  TenantInfo toInfo() {
    return new TenantInfo(
        id,
        name,
        subdomain,
        azureTenantId,
        active,
        mfaRequired,
        EntraRoles.of(entraRoles),
        version,
        phoneRegion);
  }
}
