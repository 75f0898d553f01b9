/**
 * The sample firm that {@code --demo} loads, so that a newcomer meets a living CRM rather than an
 * empty table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package dev.steward.demo;
