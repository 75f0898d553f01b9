package dev.steward.tenancy;

import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A firm as other features see it.
 *
 * @param phoneRegion the firm's country (ISO 3166 code) for phone numbers written without a country
 *     code, or null for the installation's default
 */
@NullMarked
public record TenantInfo(
    UUID id,
    String name,
    @Nullable String subdomain,
    @Nullable UUID azureTenantId,
    boolean active,
    boolean mfaRequired,
    EntraRoles entraRoles,
    long version,
    @Nullable String phoneRegion) {

  public TenantInfo(
      UUID id,
      String name,
      String subdomain,
      UUID azureTenantId,
      boolean active,
      boolean mfaRequired,
      EntraRoles entraRoles,
      long version) {
    this(id, name, subdomain, azureTenantId, active, mfaRequired, entraRoles, version, null);
  }
}
