/**
 * Mail: what Steward reads from messages in Outlook. Today it proposes contact details from a message's signature;
 * interactions filed from Outlook and Graph mail sync belong here too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package dev.steward.mail;
