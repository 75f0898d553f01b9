package dev.steward.mail.templates;

import dev.steward.contacts.ContactType;
import dev.steward.contacts.MailRecipient;
import java.util.HashMap;
import java.util.Map;

/**
 * The merge fields of one member's mail, as maps of text (the only values the sandbox reads):
 * {@code contact.name, .firstName, .lastName, .salutation, .company, .jobTitle, .email, .city},
 * {@code custom.<key>} (the contact's custom fields), {@code adviser.name}, {@code firm.name},
 * {@code campaign.name} and {@code unsubscribeUrl}.
 */
public final class MergeFields {

  private MergeFields() {}

  public static Map<String, Object> of(
      MailRecipient contact,
      String adviserName,
      String firmName,
      String campaignName,
      String unsubscribeUrl) {
    Map<String, Object> person = new HashMap<>();
    person.put("name", text(contact.displayName()));
    person.put("firstName", text(contact.firstName()));
    person.put("lastName", text(contact.lastName()));
    person.put("salutation", salutation(contact));
    person.put("company", text(contact.companyName()));
    person.put("jobTitle", text(contact.jobTitle()));
    person.put("email", text(contact.email()));
    person.put("city", text(contact.city()));
    Map<String, Object> fields = new HashMap<>();
    fields.put("contact", person);
    fields.put("custom", Map.copyOf(contact.customFields()));
    fields.put("adviser", Map.of("name", text(adviserName)));
    fields.put("firm", Map.of("name", text(firmName)));
    fields.put("campaign", Map.of("name", text(campaignName)));
    fields.put("unsubscribeUrl", unsubscribeUrl);
    return fields;
  }

  /** Fields of a made-up contact, to try a template on before it is saved. */
  static Map<String, Object> sample() {
    var contact =
        new MailRecipient(
            java.util.UUID.randomUUID(),
            ContactType.INDIVIDUAL,
            "Ada Lovelace",
            "Ada",
            "Lovelace",
            "Analytical Engines Ltd",
            "Director",
            "ada@example.com",
            "London",
            Map.of(),
            null);
    return of(contact, "Adviser", "Firm", "Campaign", "https://example.com/unsubscribe");
  }

  /**
   * The firm's own {@code salutation} custom field when it keeps one, else the first name, else the
   * name.
   */
  static String salutation(MailRecipient contact) {
    String custom = contact.customFields().get("salutation");
    if (custom != null && !custom.isBlank()) {
      return custom.strip();
    }
    if (contact.type() == ContactType.INDIVIDUAL
        && contact.firstName() != null
        && !contact.firstName().isBlank()) {
      return contact.firstName().strip();
    }
    return text(contact.displayName());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
