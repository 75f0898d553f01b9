package dev.steward.mail.tracked;

import dev.steward.campaigns.Campaigns;
import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.mail.Interactions;
import dev.steward.mail.Participant;
import dev.steward.mail.SentCampaignMail;
import dev.steward.mail.sending.OutlookSends;
import dev.steward.platform.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Puts a sent tracked mail where a sent campaign mail goes: one timeline entry on every member it
 * went to, each member's send record (so that a send from Steward skips them), and the campaign
 * marked sent.
 */
@Component
class TrackedMailFiling {

  private final Campaigns campaigns;
  private final Contacts contacts;
  private final Interactions interactions;
  private final OutlookSends sends;

  TrackedMailFiling(
      Campaigns campaigns, Contacts contacts, Interactions interactions, OutlookSends sends) {
    this.campaigns = campaigns;
    this.contacts = contacts;
    this.interactions = interactions;
    this.sends = sends;
  }

  /** Files one timeline entry for the mail, on every member it went to; marks the campaign sent. */
  UUID file(
      List<TrackedMailRows.Row> rows,
      String subject,
      Instant sentAt,
      String imid,
      String conversationId,
      String restId,
      TrackedMails.Sender sender) {
    Map<UUID, ContactSummary> live =
        contacts.liveSummaries(rows.stream().map(TrackedMailRows.Row::contactId).toList()).stream()
            .filter(c -> c.email() != null)
            .collect(Collectors.toMap(ContactSummary::id, Function.identity(), (a, b) -> a));
    List<UUID> to =
        rows.stream().map(TrackedMailRows.Row::contactId).filter(live::containsKey).toList();
    if (to.isEmpty()) {
      throw InvalidInputException.of(
          "contactIds", "no recipient is a live contact with an email address");
    }
    ContactSummary main = live.get(to.get(0));
    String mailbox = rows.get(0).mailbox();
    String from = mailbox == null || mailbox.isBlank() ? sender.email() : mailbox;
    UUID interaction =
        interactions.fileTrackedCampaignMail(
            new SentCampaignMail(
                rows.get(0).campaignId(),
                main.id(),
                subject,
                null,
                sentAt,
                imid,
                conversationId,
                restId,
                new Participant(from == null ? "" : from, sender.name()),
                new Participant(main.email(), main.displayName()),
                sender.userId()));
    if (to.size() > 1) {
      interactions.linkTrackedMail(interaction, to.subList(1, to.size()));
    }
    // Each member's send record: the mail counts as their send, and a send from Steward skips them.
    UUID campaignId = rows.get(0).campaignId();
    for (UUID member : to) {
      sends.recordSent(campaignId, member, live.get(member).email(), imid, sentAt);
      if (imid != null && (conversationId != null || restId != null)) {
        sends.identified(campaignId, member, imid, conversationId, restId);
      }
    }
    campaigns.markSent(campaignId);
    return interaction;
  }
}
