package dev.steward.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A firm's settings as an admin edits them. {@code active} is changed only by the operator's admins (null keeps it);
 * {@code entraRoles} null keeps the firm's role source.
 */
public record TenantSettings(
    @NotBlank(message = "is required") @Size(max = 200) String name,
    @Pattern(regexp = "^$|^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
        message = "may hold lowercase letters, digits and inner hyphens, at most 63") String subdomain,
    UUID azureTenantId,
    boolean mfaRequired,
    Boolean active,
    EntraRoles entraRoles,
    Long version) {}
