/**
 * A contact's timeline: the interactions filed on it and the changes the audit log recorded, newest
 * first.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Timeline",
    allowedDependencies = {"audit", "campaigns", "contacts", "mail"})
package dev.steward.timeline;
