/**
 * Firms (tenants), and the tenant of each transaction, which PostgreSQL row-level security
 * enforces.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Tenancy",
    allowedDependencies = {"platform"})
package dev.steward.tenancy;
