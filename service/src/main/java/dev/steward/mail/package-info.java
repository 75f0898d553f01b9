/**
 * Mail: interactions (emails, calls, letters, notes) on contacts' timelines, filed from Outlook
 * once per message on every contact on it (read through Microsoft Graph when the user signed in
 * with Microsoft), linked to the campaign it answers, and the contact details proposed from a
 * message's signature. {@link dev.steward.mail.Interactions} is the facade.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Mail",
    allowedDependencies = {"campaigns", "contacts", "identity", "microsoft", "platform", "tenancy"})
package dev.steward.mail;
