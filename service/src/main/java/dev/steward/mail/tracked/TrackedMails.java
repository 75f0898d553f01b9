package dev.steward.mail.tracked;

import dev.steward.campaigns.Campaigns;
import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.identity.StewardPrincipal;
import dev.steward.mail.Interactions;
import dev.steward.mail.Participant;
import dev.steward.mail.SentCampaignMail;
import dev.steward.mail.sending.OutlookSends;
import dev.steward.microsoft.MailSending;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracked mail from Outlook compose: started when the pane inserts a campaign's template, recorded
 * as sent for the member (their send record and a timeline entry), and given its Internet message
 * id once found.
 */
@Service
class TrackedMails {

  /** The internet header that marks a tracked mail; its value is the mail's token. */
  static final String HEADER = "x-steward-tracking";

  /** The first look in Sent Items, after the send; each later one waits twice as long. */
  static final Duration FIRST_LOOKUP = Duration.ofMinutes(1);

  static final int MAX_LOOKUPS = 8;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Campaigns campaigns;
  private final Contacts contacts;
  private final Interactions interactions;
  private final MailSending graph;
  private final OutlookSends sends;
  private final Clock clock;

  TrackedMails(
      JdbcClient jdbc,
      Campaigns campaigns,
      Contacts contacts,
      Interactions interactions,
      MailSending graph,
      OutlookSends sends) {
    this.jdbc = jdbc;
    this.campaigns = campaigns;
    this.contacts = contacts;
    this.interactions = interactions;
    this.graph = graph;
    this.sends = sends;
    this.clock = Clock.systemUTC();
  }

  /**
   * Starts tracking a mail to a contact in a campaign, making the contact a member if they are not
   * one yet.
   */
  @Transactional
  TrackedMailView track(UUID campaignId, UUID contactId, String mailbox, UUID userId) {
    campaigns.requireLive(campaignId);
    campaigns.addMembers(campaignId, List.of(contactId));
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    jdbc.sql(
            """
            insert into mail_tracked_mails (id, tenant_id, token, campaign_id, contact_id, mailbox,
                                            created_by)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            UUID.randomUUID(),
            CurrentTenant.require(),
            token,
            campaignId,
            contactId,
            blank(mailbox) ? null : mailbox.strip(),
            userId)
        .update();
    return find(token).orElseThrow();
  }

  /**
   * Records the mail as sent to its member: their send record, and the mail on their timeline
   * linked to the campaign (which moves from draft to sent). Recording it again changes nothing.
   */
  @Transactional
  TrackedMailView recordSent(String token, TrackedSentRequest sent, StewardPrincipal user) {
    var row = row(token).orElseThrow(() -> NotFoundException.of("The tracked mail", token));
    if (!"composed".equals(row.state())) {
      return find(token).orElseThrow();
    }
    ContactSummary contact =
        contacts.liveSummaries(List.of(row.contactId())).stream()
            .findFirst()
            .orElseThrow(
                () -> InvalidInputException.of("contactId", "the recipient is no live contact"));
    if (contact.email() == null) {
      throw InvalidInputException.of("contactId", "the recipient has no email address");
    }
    Instant now = clock.instant();
    String imid = blank(sent.internetMessageId()) ? null : sent.internetMessageId().strip();
    String from = blank(row.mailbox()) ? user.email() : row.mailbox();
    UUID interaction =
        interactions.fileTrackedCampaignMail(
            new SentCampaignMail(
                row.campaignId(),
                row.contactId(),
                sent.subject(),
                null,
                now,
                imid,
                null,
                null,
                new Participant(from == null ? "" : from, user.fullName()),
                new Participant(contact.email(), contact.displayName()),
                user.userId()));
    boolean lookUp = imid == null && row.mailbox() != null && graph.connected();
    jdbc.sql(
            """
            update mail_tracked_mails set state = 'sent', sent_at = ?, subject = ?,
              internet_message_id = ?, interaction_id = ?, next_lookup_at = ?
            where tenant_id = ? and token = ?""")
        .params(
            Timestamp.from(now),
            sent.subject(),
            imid,
            interaction,
            lookUp ? Timestamp.from(now.plus(FIRST_LOOKUP)) : null,
            CurrentTenant.require(),
            token)
        .update();
    sends.recordSent(row.campaignId(), row.contactId(), contact.email(), imid, now);
    campaigns.markSent(row.campaignId());
    return find(token).orElseThrow();
  }

  @Transactional(readOnly = true)
  Optional<TrackedMailView> find(String token) {
    return jdbc.sql(
            """
            select token, campaign_id, contact_id, state, sent_at, internet_message_id,
                   conversation_id
            from mail_tracked_mails where tenant_id = ? and token = ?""")
        .params(CurrentTenant.require(), token)
        .query(
            (rs, n) ->
                new TrackedMailView(
                    rs.getString(1),
                    rs.getObject(2, UUID.class),
                    rs.getObject(3, UUID.class),
                    HEADER,
                    rs.getString(4),
                    instant(rs, 5),
                    rs.getString(6),
                    rs.getString(7)))
        .optional();
  }

  /** A tracked mail due to be looked for in Sent Items. */
  record Due(
      UUID id,
      String token,
      String mailbox,
      UUID interactionId,
      int lookups,
      UUID campaignId,
      UUID contactId) {}

  @Transactional(readOnly = true)
  List<Due> due(int limit) {
    return jdbc.sql(
            """
            select id, token, mailbox, interaction_id, lookups, campaign_id, contact_id
            from mail_tracked_mails
            where tenant_id = ? and state = 'sent' and next_lookup_at <= now()
            order by next_lookup_at limit ?""")
        .params(CurrentTenant.require(), limit)
        .query(
            (rs, n) ->
                new Due(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getInt(5),
                    rs.getObject(6, UUID.class),
                    rs.getObject(7, UUID.class)))
        .list();
  }

  /** Keeps the ids of the sent message found for a tracked mail, on its record and timeline. */
  @Transactional
  void found(Due due, MailSending.SentMessage message) {
    jdbc.sql(
            """
            update mail_tracked_mails set state = 'found', internet_message_id = ?,
              conversation_id = ?, graph_message_id = ?, sent_at = coalesce(?, sent_at),
              next_lookup_at = null
            where tenant_id = ? and id = ?""")
        .params(
            message.internetMessageId(),
            message.conversationId(),
            message.id(),
            message.sentAt() == null ? null : Timestamp.from(message.sentAt()),
            CurrentTenant.require(),
            due.id())
        .update();
    if (message.internetMessageId() != null) {
      sends.identified(
          due.campaignId(),
          due.contactId(),
          message.internetMessageId(),
          message.conversationId(),
          message.id());
    }
    if (due.interactionId() != null && message.internetMessageId() != null) {
      interactions.identifyTrackedMail(
          due.interactionId(), message.internetMessageId(), message.conversationId(), message.id());
    }
  }

  /** Not found yet: looks again later, twice as late each time, and gives up after a while. */
  @Transactional
  void notFoundYet(Due due) {
    int lookups = due.lookups() + 1;
    Instant next =
        lookups >= MAX_LOOKUPS
            ? null
            : clock.instant().plus(FIRST_LOOKUP.multipliedBy(1L << lookups));
    jdbc.sql(
            """
            update mail_tracked_mails set lookups = ?, next_lookup_at = ?
            where tenant_id = ? and id = ?""")
        .params(
            lookups, next == null ? null : Timestamp.from(next), CurrentTenant.require(), due.id())
        .update();
  }

  private record Row(UUID campaignId, UUID contactId, String mailbox, String state) {}

  private Optional<Row> row(String token) {
    return jdbc.sql(
            """
            select campaign_id, contact_id, mailbox, state from mail_tracked_mails
            where tenant_id = ? and token = ? for update""")
        .params(CurrentTenant.require(), token)
        .query(
            (rs, n) ->
                new Row(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getString(4)))
        .optional();
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
