package dev.steward.mail.tracked;

import dev.steward.campaigns.Campaigns;
import dev.steward.microsoft.MailSending;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

  private final TrackedMailRows store;
  private final TrackedMailFiling filing;
  private final Campaigns campaigns;
  private final MailSending graph;
  private final TrackingTokens tokens;
  private final Duration confirmWithin;
  private final Clock clock;

  TrackedMails(
      TrackedMailRows store,
      TrackedMailFiling filing,
      Campaigns campaigns,
      MailSending graph,
      TrackingTokens tokens,
      TrackedMailSettings settings) {
    this.store = store;
    this.filing = filing;
    this.campaigns = campaigns;
    this.graph = graph;
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
    String from = blank(mailbox) ? null : mailbox.strip();
    for (int position = 0; position < recipients.size(); position++) {
      store.insert(token, campaignId, recipients.get(position), from, userId, position);
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
    var rows = store.rows(token, false);
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
    var rows = store.rows(token, true);
    if (rows.isEmpty()) {
      throw NotFoundException.of("The tracked mail", token);
    }
    TrackedMailRows.Row first = rows.get(0);
    if (!"composed".equals(first.state())) {
      return find(token).orElseThrow();
    }
    Instant now = clock.instant();
    String imid = blank(sent.internetMessageId()) ? null : sent.internetMessageId().strip();
    boolean lookUp = imid == null && first.mailbox() != null && graph.connected();
    UUID interaction = null;
    if (!lookUp) {
      interaction = filing.file(rows, sent.subject(), now, imid, null, null, sender);
    }
    store.recordSent(
        token,
        now,
        sent.subject(),
        imid,
        interaction,
        lookUp ? now.plus(FIRST_LOOKUP) : null,
        lookUp ? now.plus(confirmWithin) : null);
    return find(token).orElseThrow();
  }

  @Transactional(readOnly = true)
  Optional<TrackedMailView> find(String token) {
    var rows = store.rows(token, false);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    TrackedMailRows.Row first = rows.get(0);
    return Optional.of(
        new TrackedMailView(
            token,
            first.campaignId(),
            first.contactId(),
            rows.stream().map(TrackedMailRows.Row::contactId).toList(),
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
    return store.due(limit);
  }

  /**
   * The mail was found in Sent Items: it goes on its members' timelines with its ids (which reply
   * detection matches answers by), and the record is confirmed.
   */
  @Transactional
  void found(Due due, MailSending.SentMessage message, Sender sender) {
    var rows = store.rows(due.token(), true);
    if (rows.isEmpty() || !"unconfirmed".equals(rows.get(0).state())) {
      return;
    }
    TrackedMailRows.Row first = rows.get(0);
    Instant sentAt = message.sentAt() == null ? first.sentAt() : message.sentAt();
    UUID interaction =
        filing.file(
            rows,
            first.subject(),
            sentAt,
            message.internetMessageId(),
            message.conversationId(),
            message.id(),
            sender);
    store.markFound(due.token(), message, sentAt, interaction);
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
      store.markNotFound(due.token());
      return;
    }
    int lookups = due.lookups() + 1;
    Duration wait = FIRST_LOOKUP.multipliedBy(1L << Math.min(lookups, 10));
    Instant next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    if (due.confirmBy() != null && next.isAfter(due.confirmBy()) && now.isBefore(due.confirmBy())) {
      next = due.confirmBy();
    }
    store.lookAgain(due.token(), lookups, next);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
