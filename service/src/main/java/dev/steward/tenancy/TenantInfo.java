package dev.steward.tenancy;

import java.util.UUID;

/** A firm as other features see it. */
public record TenantInfo(
    UUID id, String name, String subdomain, UUID azureTenantId, boolean active, boolean mfaRequired,
    EntraRoles entraRoles, long version) {}
