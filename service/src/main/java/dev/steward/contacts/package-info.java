/**
 * Contacts (individuals, businesses, estates), their relationships, tags and custom fields, and the
 * trash. Other features use {@link dev.steward.contacts.Contacts}, and {@link
 * dev.steward.contacts.ContactBulk} for set-based writes of many contacts (imports); a contact's
 * field rules are {@link dev.steward.contacts.ContactRules}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Contacts",
    allowedDependencies = {"identity", "platform", "tenancy"})
package dev.steward.contacts;
