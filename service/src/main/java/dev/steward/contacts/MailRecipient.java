package dev.steward.contacts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A live contact as campaign mail sees it: the fields a template may merge, their address, and
 * whether they opted out of email.
 *
 * @param customFields the contact's custom fields by key, each as text
 * @param emailOptOutAt when they opted out of campaign email; null when they have not
 */
public record MailRecipient(
    UUID id,
    ContactType type,
    String displayName,
    String firstName,
    String lastName,
    String companyName,
    String jobTitle,
    String email,
    String city,
    Map<String, String> customFields,
    Instant emailOptOutAt) {

  static MailRecipient of(
      ContactHead head, String city, Map<String, String> customFields, Instant emailOptOutAt) {
    return new MailRecipient(
        head.id(),
        head.type(),
        head.displayName(),
        head.firstName(),
        head.lastName(),
        head.companyName(),
        head.jobTitle(),
        head.email(),
        city,
        customFields,
        emailOptOutAt);
  }

  public boolean optedOut() {
    return emailOptOutAt != null;
  }
}
