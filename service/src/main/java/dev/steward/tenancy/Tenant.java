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

  TenantInfo toInfo() {
    return new TenantInfo(id, name, subdomain, azureTenantId, active, mfaRequired);
  }
}
