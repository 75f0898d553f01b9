/**
 * Contacts (individuals, businesses, estates), their relationships, tags and custom fields, and the
 * trash. Other features use {@link dev.steward.contacts.Contacts}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Contacts",
    allowedDependencies = {"identity", "platform", "tenancy"})
package dev.steward.contacts;
