package dev.steward.mail.sending;

import dev.steward.tenancy.CurrentTenant;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaign mail a person sent from Outlook, as the member's send: it counts in the campaign's
 * figures, and a send from Steward leaves the member out. A member Steward already sent to keeps
 * that send.
 */
@Component
public class OutlookSends {

  private final JdbcClient jdbc;

  OutlookSends(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the member as sent to from Outlook.
   *
   * @param internetMessageId the mail's id, or null until it is found in Sent Items
   */
  @Transactional
  public void recordSent(
      UUID campaignId, UUID contactId, String address, String internetMessageId, Instant at) {
    jdbc.sql(
            """
            insert into mail_send_members (id, tenant_id, campaign_id, contact_id, state, address,
                                           internet_message_id, sent_at, sent_from_outlook)
            values (gen_random_uuid(), :tenant, :campaign, :contact, 'sent', :address, :id, :at, true)
            on conflict (campaign_id, contact_id) do update set state = 'sent', reason = null,
              address = excluded.address, internet_message_id = excluded.internet_message_id,
              conversation_id = null, graph_message_id = null, sent_at = excluded.sent_at,
              in_doubt = false, sent_from_outlook = true, updated_at = now()
            where mail_send_members.state <> 'sent'""")
        .param("tenant", CurrentTenant.require())
        .param("campaign", campaignId)
        .param("contact", contactId)
        .param("address", address)
        .param("id", internetMessageId)
        .param("at", Timestamp.from(at))
        .update();
  }

  /** Keeps the ids of the member's mail sent from Outlook, once it is found in Sent Items. */
  @Transactional
  public void identified(
      UUID campaignId,
      UUID contactId,
      String internetMessageId,
      String conversationId,
      String graphMessageId) {
    jdbc.sql(
            """
            update mail_send_members set internet_message_id = ?, conversation_id = ?,
              graph_message_id = ?, updated_at = now()
            where tenant_id = ? and campaign_id = ? and contact_id = ? and sent_from_outlook""")
        .params(
            internetMessageId,
            conversationId,
            graphMessageId,
            CurrentTenant.require(),
            campaignId,
            contactId)
        .update();
  }
}
