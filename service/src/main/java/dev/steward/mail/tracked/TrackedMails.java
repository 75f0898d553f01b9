package dev.steward.mail.tracked;

import dev.steward.campaigns.Campaigns;
import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.mail.Interactions;
import dev.steward.mail.Participant;
import dev.steward.mail.SentCampaignMail;
import dev.steward.mail.sending.OutlookSends;
import dev.steward.microsoft.MailSending;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracked mail from Outlook compose: started when the pane inserts a campaign's mail, for one or
 * several members (one row each, sharing the mail's token); recorded as sent by the pane or by
 * Outlook's send event, and then (once filed) as each member's send in the campaign's figures.
 * Where Sent Items can be searched the record stays unconfirmed until the mail is found there, and
 * only then goes on the members' timelines; never found by {@code
 * steward.mail.tracked.confirm-within}, it is flagged {@code not_found}.
 */
@Service
class TrackedMails {

  /** The internet header that marks a tracked mail; its value is the mail's token. */
  static final String HEADER = "x-steward-tracking";

  /** The first look in Sent Items, after the send; each later one waits twice as long. */
  static final Duration FIRST_LOOKUP = Duration.ofMinutes(1);

  static final Duration LONGEST_WAIT = Duration.ofHours(1);

  static final int MAX_RECIPIENTS = 50;

  /** Who recorded the send: the signed-in user, or (from the send event) the mail's creator. */
  record Sender(UUID userId, String email, String name) {}

  private final JdbcClient jdbc;
  private final Campaigns campaigns;
  private final Contacts contacts;
  private final Interactions interactions;
  private final MailSending graph;
  private final OutlookSends sends;
  private final TrackingTokens tokens;
  private final Duration confirmWithin;
  private final Clock clock;

  TrackedMails(
      JdbcClient jdbc,
      Campaigns campaigns,
      Contacts contacts,
      Interactions interactions,
      MailSending graph,
      OutlookSends sends,
      TrackingTokens tokens,
      TrackedMailSettings settings) {
    this.jdbc = jdbc;
    this.campaigns = campaigns;
    this.contacts = contacts;
    this.interactions = interactions;
    this.graph = graph;
    this.sends = sends;
    this.tokens = tokens;
    this.confirmWithin = settings.confirmWithin();
    this.clock = Clock.systemUTC();
  }

  /**
   * Starts tracking one mail to contacts in a campaign, making those who are not members yet
   * members.
   */
  @Transactional
  TrackedMailView track(UUID campaignId, List<UUID> contactIds, String mailbox, UUID userId) {
    List<UUID> recipients = List.copyOf(new LinkedHashSet<>(contactIds));
    if (recipients.isEmpty()) {
      throw InvalidInputException.of("contactIds", "name at least one recipient");
    }
    if (recipients.size() > MAX_RECIPIENTS) {
      throw InvalidInputException.of(
          "contactIds", "a tracked mail goes to at most " + MAX_RECIPIENTS + " members");
    }
    campaigns.requireLive(campaignId);
    campaigns.addMembers(campaignId, recipients);
    String token = tokens.issue(CurrentTenant.require(), clock.instant());
    for (int position = 0; position < recipients.size(); position++) {
      jdbc.sql(
              """
              insert into mail_tracked_mails (id, tenant_id, token, campaign_id, contact_id, mailbox,
                                              created_by, position)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              UUID.randomUUID(),
              CurrentTenant.require(),
              token,
              campaignId,
              recipients.get(position),
              blank(mailbox) ? null : mailbox.strip(),
              userId,
              position)
          .update();
    }
    return find(token).orElseThrow();
  }

  /** The firm a token was issued for, if it is valid: the send event's only credential. */
  Optional<UUID> firmOf(String token) {
    return tokens.verify(token, clock.instant()).map(TrackingTokens.Claims::tenantId);
  }

  /** The user who started tracking the mail, as the sender of a send recorded without sign-in. */
  @Transactional(readOnly = true)
  Sender creatorOf(String token) {
    var rows = rows(token, false);
    if (rows.isEmpty()) {
      throw NotFoundException.of("The tracked mail", token);
    }
    return new Sender(rows.get(0).createdBy(), rows.get(0).mailbox(), null);
  }

  /**
   * Records the mail as sent to its members. Where Sent Items can be searched (Microsoft 365
   * connected and the sender's mailbox known) it is unconfirmed until found there; elsewhere it is
   * filed on the members' timelines now, linked to the campaign (which moves from draft to sent).
   * Recording it again changes nothing.
   */
  @Transactional
  TrackedMailView recordSent(String token, TrackedSentRequest sent, Sender sender) {
    var rows = rows(token, true);
    if (rows.isEmpty()) {
      throw NotFoundException.of("The tracked mail", token);
    }
    Row first = rows.get(0);
    if (!"composed".equals(first.state())) {
      return find(token).orElseThrow();
    }
    Instant now = clock.instant();
    String imid = blank(sent.internetMessageId()) ? null : sent.internetMessageId().strip();
    boolean lookUp = imid == null && first.mailbox() != null && graph.connected();
    UUID interaction = null;
    if (!lookUp) {
      interaction = file(rows, sent.subject(), now, imid, null, null, sender);
    }
    jdbc.sql(
            """
            update mail_tracked_mails set state = ?, sent_at = ?, subject = ?,
              internet_message_id = ?, interaction_id = ?, next_lookup_at = ?, confirm_by = ?
            where tenant_id = ? and token = ?""")
        .params(
            lookUp ? "unconfirmed" : "sent",
            Timestamp.from(now),
            sent.subject(),
            imid,
            interaction,
            lookUp ? Timestamp.from(now.plus(FIRST_LOOKUP)) : null,
            lookUp ? Timestamp.from(now.plus(confirmWithin)) : null,
            CurrentTenant.require(),
            token)
        .update();
    return find(token).orElseThrow();
  }

  /** Files one timeline entry for the mail, on every member it went to; marks the campaign sent. */
  private UUID file(
      List<Row> rows,
      String subject,
      Instant sentAt,
      String imid,
      String conversationId,
      String restId,
      Sender sender) {
    Map<UUID, ContactSummary> live =
        contacts.liveSummaries(rows.stream().map(Row::contactId).toList()).stream()
            .filter(c -> c.email() != null)
            .collect(Collectors.toMap(ContactSummary::id, Function.identity(), (a, b) -> a));
    List<UUID> to = rows.stream().map(Row::contactId).filter(live::containsKey).toList();
    if (to.isEmpty()) {
      throw InvalidInputException.of(
          "contactIds", "no recipient is a live contact with an email address");
    }
    ContactSummary main = live.get(to.get(0));
    String from = blank(rows.get(0).mailbox()) ? sender.email() : rows.get(0).mailbox();
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

  @Transactional(readOnly = true)
  Optional<TrackedMailView> find(String token) {
    var rows = rows(token, false);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Row first = rows.get(0);
    return Optional.of(
        new TrackedMailView(
            token,
            first.campaignId(),
            first.contactId(),
            rows.stream().map(Row::contactId).toList(),
            HEADER,
            first.state(),
            first.sentAt(),
            first.confirmBy(),
            first.internetMessageId(),
            first.conversationId()));
  }

  /** A tracked mail due to be looked for in Sent Items. */
  record Due(String token, String mailbox, int lookups, Instant confirmBy) {}

  @Transactional(readOnly = true)
  List<Due> due(int limit) {
    return jdbc.sql(
            """
            select token, mailbox, lookups, confirm_by from mail_tracked_mails
            where tenant_id = ? and state = 'unconfirmed' and next_lookup_at <= now() and position = 0
            order by next_lookup_at limit ?""")
        .params(CurrentTenant.require(), limit)
        .query((rs, n) -> new Due(rs.getString(1), rs.getString(2), rs.getInt(3), instant(rs, 4)))
        .list();
  }

  /**
   * The mail was found in Sent Items: it goes on its members' timelines with its ids (which reply
   * detection matches answers by), and the record is confirmed.
   */
  @Transactional
  void found(Due due, MailSending.SentMessage message, Sender sender) {
    var rows = rows(due.token(), true);
    if (rows.isEmpty() || !"unconfirmed".equals(rows.get(0).state())) {
      return;
    }
    Row first = rows.get(0);
    Instant sentAt = message.sentAt() == null ? first.sentAt() : message.sentAt();
    UUID interaction =
        file(
            rows,
            first.subject(),
            sentAt,
            message.internetMessageId(),
            message.conversationId(),
            message.id(),
            sender);
    jdbc.sql(
            """
            update mail_tracked_mails set state = 'found', internet_message_id = ?,
              conversation_id = ?, graph_message_id = ?, sent_at = ?, interaction_id = ?,
              next_lookup_at = null
            where tenant_id = ? and token = ?""")
        .params(
            message.internetMessageId(),
            message.conversationId(),
            message.id(),
            Timestamp.from(sentAt),
            interaction,
            CurrentTenant.require(),
            due.token())
        .update();
  }

  /**
   * Not in Sent Items yet: looks again later, twice as late each time (at most an hour). When Graph
   * answered and the time to confirm it has passed, the mail was never sent: it is flagged {@code
   * not_found} and stays off the timelines. A failed lookup never flags it.
   */
  @Transactional
  void notFoundYet(Due due, boolean graphAnswered) {
    Instant now = clock.instant();
    if (graphAnswered && due.confirmBy() != null && !now.isBefore(due.confirmBy())) {
      jdbc.sql(
              """
              update mail_tracked_mails set state = 'not_found', lookups = lookups + 1,
                next_lookup_at = null
              where tenant_id = ? and token = ? and state = 'unconfirmed'""")
          .params(CurrentTenant.require(), due.token())
          .update();
      return;
    }
    int lookups = due.lookups() + 1;
    Duration wait = FIRST_LOOKUP.multipliedBy(1L << Math.min(lookups, 10));
    Instant next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    if (due.confirmBy() != null && next.isAfter(due.confirmBy()) && now.isBefore(due.confirmBy())) {
      next = due.confirmBy();
    }
    jdbc.sql(
            """
            update mail_tracked_mails set lookups = ?, next_lookup_at = ?
            where tenant_id = ? and token = ? and state = 'unconfirmed'""")
        .params(lookups, Timestamp.from(next), CurrentTenant.require(), due.token())
        .update();
  }

  private record Row(
      UUID campaignId,
      UUID contactId,
      String mailbox,
      UUID createdBy,
      String state,
      String subject,
      Instant sentAt,
      Instant confirmBy,
      String internetMessageId,
      String conversationId) {}

  private List<Row> rows(String token, boolean forUpdate) {
    var rows =
        jdbc.sql(
                """
                select campaign_id, contact_id, mailbox, created_by, state, subject, sent_at,
                       confirm_by, internet_message_id, conversation_id
                from mail_tracked_mails where tenant_id = ? and token = ?
                order by position"""
                    + (forUpdate ? " for update" : ""))
            .params(CurrentTenant.require(), token)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6),
                        instant(rs, 7),
                        instant(rs, 8),
                        rs.getString(9),
                        rs.getString(10)))
            .list();
    return new ArrayList<>(rows);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
