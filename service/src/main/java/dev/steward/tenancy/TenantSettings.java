package dev.steward.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A firm's settings as an admin edits them. {@code active} is changed only by the operator's admins
 * (null keeps it); {@code entraRoles} null keeps the firm's role source. {@code phoneRegion} is the
 * firm's country for phone numbers written without a country code (an ISO 3166 code such as GB);
 * null keeps it, blank clears it (the installation's default then applies).
 */
@NullMarked
public record TenantSettings(
    @NotBlank(message = "is required") @Size(max = 200) String name,
    @Pattern(
            regexp = "^$|^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
            message = "may hold lowercase letters, digits and inner hyphens, at most 63")
        @Nullable String subdomain,
    @Nullable UUID azureTenantId,
    boolean mfaRequired,
    @Nullable Boolean active,
    @Nullable EntraRoles entraRoles,
    @Nullable Long version,
    @Pattern(
            regexp = "^$|^[A-Za-z]{2}$",
            message = "must be a two-letter country code such as GB, DE or US")
        @Nullable String phoneRegion) {

  public TenantSettings(
      String name,
      String subdomain,
      UUID azureTenantId,
      boolean mfaRequired,
      Boolean active,
      EntraRoles entraRoles,
      Long version) {
    this(name, subdomain, azureTenantId, mfaRequired, active, entraRoles, version, null);
  }
}
