/**
 * Mail: interactions (emails, calls, letters, notes) on contacts' timelines, filed from Outlook once per message, and
 * the contact details proposed from a message's signature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package dev.steward.mail;
