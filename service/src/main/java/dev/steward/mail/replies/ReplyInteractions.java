package dev.steward.mail.replies;

import dev.steward.microsoft.InboxMessage;
import dev.steward.tenancy.CurrentTenant;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reply's email on the contact's timeline: filed as an inbound interaction linked to the
 * campaign, and unlinked from it when the reply is undone.
 */
@Component
class ReplyInteractions {

  private final JdbcClient jdbc;

  ReplyInteractions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The email on the contact's timeline, linked to the campaign; the one already filed when it was
   * filed before.
   */
  UUID file(InboxMessage message, Instant receivedAt, UUID campaignId, UUID contactId) {
    UUID tenant = CurrentTenant.require();
    jdbc.sql(
            """
            insert into interactions (id, tenant_id, kind, direction, subject, occurred_at, internet_message_id,
                                      conversation_id, campaign_id, sender_address, sender_name, rest_id, web_link,
                                      filed_via)
            values (?, ?, 'email', 'inbound', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'mailbox')
            on conflict (tenant_id, internet_message_id) where internet_message_id is not null do nothing""")
        .params(
            UUID.randomUUID(),
            tenant,
            clip(message.subject(), 500),
            Timestamp.from(receivedAt),
            message.internetMessageId(),
            clip(message.conversationId(), 1000),
            campaignId,
            clip(message.senderAddress(), 320),
            clip(message.senderName(), 500),
            clip(message.id(), 1000),
            clip(message.webLink(), 2000))
        .update();
    UUID interactionId =
        jdbc.sql("select id from interactions where tenant_id = ? and internet_message_id = ?")
            .params(tenant, message.internetMessageId())
            .query(UUID.class)
            .single();
    // Filed earlier without a campaign (from Outlook): it is the campaign's reply now
    jdbc.sql(
            "update interactions set campaign_id = ? where tenant_id = ? and id = ? and campaign_id is null")
        .params(campaignId, tenant, interactionId)
        .update();
    jdbc.sql(
            """
            insert into interaction_contacts (tenant_id, interaction_id, contact_id) values (?, ?, ?)
            on conflict do nothing""")
        .params(tenant, interactionId, contactId)
        .update();
    return interactionId;
  }

  /** The reply's email stays on the contact's timeline, without the campaign. */
  void unlinkCampaign(UUID replyId) {
    UUID tenant = CurrentTenant.require();
    jdbc.sql(
            """
            update interactions set campaign_id = null
            where tenant_id = ? and id = (select interaction_id from mailbox_replies where tenant_id = ? and id = ?)""")
        .params(tenant, tenant, replyId)
        .update();
  }

  static String clip(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
