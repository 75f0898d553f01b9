package dev.steward.mail.replies;

import dev.steward.campaigns.Campaigns;
import dev.steward.campaigns.RecordedVia;
import dev.steward.campaigns.ResponseStatus;
import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.identity.CurrentUser;
import dev.steward.mail.ReplyEvents.ReplyDetected;
import dev.steward.mail.ReplyEvents.ReplyUndone;
import dev.steward.microsoft.InboxMessage;
import dev.steward.platform.ConflictException;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies found in mailboxes: recording one (the member responded, through the campaigns facade; an
 * inbound email interaction on the contact's timeline; the reply itself), listing a campaign's, and
 * undoing a sender match. Each message is recorded once, by its Message-ID, however often it is
 * seen.
 */
@Service
class Replies {

  private final JdbcClient jdbc;
  private final Campaigns campaigns;
  private final Contacts contacts;
  private final ReplyInteractions interactions;
  private final ApplicationEventPublisher events;

  Replies(
      JdbcClient jdbc,
      Campaigns campaigns,
      Contacts contacts,
      ReplyInteractions interactions,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.interactions = interactions;
    this.campaigns = campaigns;
    this.contacts = contacts;
    this.events = events;
  }

  /**
   * Records {@code message} as the member's reply to the campaign, if the member is still pending
   * and the message was not recorded before. Returns whether it was recorded.
   */
  @Transactional
  boolean record(
      InboxMessage message,
      UUID mailboxId,
      String mailbox,
      UUID campaignId,
      UUID contactId,
      MatchedBy matchedBy) {
    UUID tenant = CurrentTenant.require();
    boolean pending =
        campaigns.membershipsOf(contactId).stream()
            .anyMatch(
                m -> m.campaignId().equals(campaignId) && m.status() == ResponseStatus.PENDING);
    if (!pending) {
      return false;
    }
    UUID replyId = UUID.randomUUID();
    Instant receivedAt = message.receivedAt() == null ? Instant.now() : message.receivedAt();
    int inserted =
        jdbc.sql(
                """
            insert into mailbox_replies (id, tenant_id, mailbox_id, campaign_id, contact_id, internet_message_id,
                                         subject, sender, received_at, web_link, matched_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (tenant_id, internet_message_id) do nothing""")
            .params(
                replyId,
                tenant,
                mailboxId,
                campaignId,
                contactId,
                message.internetMessageId(),
                ReplyInteractions.clip(message.subject(), 500),
                ReplyInteractions.clip(message.senderAddress(), 320),
                Timestamp.from(receivedAt),
                ReplyInteractions.clip(message.webLink(), 2000),
                matchedBy.value())
            .update();
    if (inserted == 0) {
      return false;
    }
    UUID interactionId = interactions.file(message, receivedAt, campaignId, contactId);
    jdbc.sql("update mailbox_replies set interaction_id = ? where tenant_id = ? and id = ?")
        .params(interactionId, tenant, replyId)
        .update();
    campaigns.recordResponse(
        campaignId, contactId, ResponseStatus.RESPONDED, receivedAt, RecordedVia.MAILBOX, null);
    events.publishEvent(
        new ReplyDetected(
            replyId,
            campaignId,
            contactId,
            matchedBy.value(),
            message.internetMessageId(),
            mailbox));
    return true;
  }

  @Transactional(readOnly = true)
  List<ReplyView> ofCampaign(UUID campaignId) {
    List<ReplyView> rows =
        jdbc.sql(
                """
            select r.*, m.address as mailbox
            from mailbox_replies r
            left join mailboxes m on m.tenant_id = r.tenant_id and m.id = r.mailbox_id
            where r.tenant_id = ? and r.campaign_id = ?
            order by r.received_at desc, r.id""")
            .params(CurrentTenant.require(), campaignId)
            .query(Replies::view)
            .list();
    Map<UUID, String> names =
        contacts.summaries(rows.stream().map(ReplyView::contactId).distinct().toList()).stream()
            .collect(
                Collectors.toMap(ContactSummary::id, ContactSummary::displayName, (a, b) -> a));
    return rows.stream().map(reply -> reply.named(names.get(reply.contactId()))).toList();
  }

  /**
   * The reply a message was found to be, if it was (for the Outlook pane, by the message's
   * Message-ID).
   */
  @Transactional(readOnly = true)
  Optional<ReplyView> ofMessage(String internetMessageId) {
    return jdbc.sql(
            "select campaign_id from mailbox_replies where tenant_id = ? and internet_message_id = ?")
        .params(CurrentTenant.require(), internetMessageId)
        .query(UUID.class)
        .optional()
        .flatMap(
            campaignId ->
                ofCampaign(campaignId).stream()
                    .filter(reply -> reply.undoneAt() == null)
                    .filter(reply -> internetMessageId.equals(reply.internetMessageId()))
                    .findFirst());
  }

  /**
   * Undoes a reply matched by its sender only: the member is pending again (unless someone has
   * changed their answer since), and the email stays on the contact's timeline without the
   * campaign.
   */
  @Transactional
  ReplyView undo(UUID campaignId, UUID replyId) {
    UUID tenant = CurrentTenant.require();
    var reply = find(campaignId, replyId).orElseThrow(() -> NotFoundException.of("Reply", replyId));
    if (!MatchedBy.SENDER.value().equals(reply.matchedBy())) {
      throw new ConflictException(
          "This reply was matched by its conversation or its headers, which is certain, so "
              + "it cannot be undone here. Change the member's response on the campaign instead.");
    }
    if (reply.undoneAt() != null) {
      throw new ConflictException("This reply was already undone.");
    }
    boolean stillAsRecorded =
        campaigns.membershipsOf(reply.contactId()).stream()
            .anyMatch(
                m -> m.campaignId().equals(campaignId) && m.status() == ResponseStatus.RESPONDED);
    if (!stillAsRecorded) {
      throw new ConflictException(
          "The member's response was changed since this reply was found, so undoing it "
              + "would lose that change. Change the member's response on the campaign instead.");
    }
    jdbc.sql(
            "update mailbox_replies set undone_at = now(), undone_by = ? where tenant_id = ? and id = ?")
        .params(CurrentUser.idOrNull(), tenant, replyId)
        .update();
    interactions.unlinkCampaign(replyId);
    campaigns.recordResponse(
        campaignId, reply.contactId(), ResponseStatus.PENDING, null, null, null);
    events.publishEvent(new ReplyUndone(replyId, campaignId, reply.contactId()));
    return find(campaignId, replyId).orElseThrow();
  }

  private Optional<ReplyView> find(UUID campaignId, UUID replyId) {
    return ofCampaign(campaignId).stream().filter(reply -> reply.id().equals(replyId)).findFirst();
  }

  private static ReplyView view(ResultSet rs, int row) throws SQLException {
    Timestamp undone = rs.getTimestamp("undone_at");
    return new ReplyView(
        rs.getObject("id", UUID.class),
        rs.getObject("campaign_id", UUID.class),
        rs.getObject("contact_id", UUID.class),
        null,
        rs.getString("sender"),
        rs.getString("subject"),
        rs.getString("internet_message_id"),
        rs.getTimestamp("received_at").toInstant(),
        rs.getString("matched_by"),
        rs.getString("web_link"),
        rs.getString("mailbox"),
        undone == null ? null : undone.toInstant());
  }
}
