/**
 * The sample firm that {@code --demo} loads, so that a newcomer meets a living CRM rather than an
 * empty table.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo data",
    allowedDependencies = {"campaigns", "contacts", "tenancy"})
package dev.steward.demo;
