package dev.steward.mail.sending;

import dev.steward.tenancy.CurrentTenant;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's send ({@code mail_campaign_sends}): who started it, how it goes out, and when it
 * completed.
 */
@Component
class CampaignSends {

  record Send(
      UUID campaignId,
      String transport,
      UUID startedBy,
      String senderName,
      Instant startedAt,
      Instant completedAt) {}

  private final JdbcClient jdbc;

  CampaignSends(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Starts the send, or starts it again (a later send of members added since, or of failed members
   * retried).
   */
  @Transactional
  void start(UUID campaignId, String transport, UUID startedBy, String senderName) {
    jdbc.sql(
            """
            insert into mail_campaign_sends (campaign_id, tenant_id, transport, started_by, sender_name)
            values (?, ?, ?, ?, ?)
            on conflict (campaign_id) do update set transport = excluded.transport, started_by = excluded.started_by,
              sender_name = excluded.sender_name, started_at = now(), completed_at = null""")
        .params(campaignId, CurrentTenant.require(), transport, startedBy, senderName)
        .update();
  }

  @Transactional
  void reopen(UUID campaignId) {
    jdbc.sql(
            "update mail_campaign_sends set completed_at = null where tenant_id = ? and campaign_id = ?")
        .params(CurrentTenant.require(), campaignId)
        .update();
  }

  @Transactional(readOnly = true)
  Optional<Send> find(UUID campaignId) {
    return jdbc.sql(
            """
            select campaign_id, transport, started_by, sender_name, started_at, completed_at
            from mail_campaign_sends where tenant_id = ? and campaign_id = ?""")
        .params(CurrentTenant.require(), campaignId)
        .query(
            (rs, n) ->
                new Send(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant(),
                    instant(rs.getTimestamp(6))))
        .optional();
  }

  /** Sends not completed whose members are all sent, failed or skipped. */
  @Transactional(readOnly = true)
  List<UUID> finishedButOpen() {
    return jdbc.sql(
            """
            select s.campaign_id from mail_campaign_sends s
            where s.tenant_id = ? and s.completed_at is null
              and not exists (select 1 from mail_send_members m where m.tenant_id = s.tenant_id
                                and m.campaign_id = s.campaign_id and m.state in ('queued', 'sending'))""")
        .param(CurrentTenant.require())
        .query(UUID.class)
        .list();
  }

  /**
   * Marks the send completed, once; returns whether this call did. Part of the caller's
   * transaction.
   */
  boolean complete(UUID campaignId) {
    return jdbc.sql(
                """
            update mail_campaign_sends set completed_at = now()
            where tenant_id = ? and campaign_id = ? and completed_at is null""")
            .params(CurrentTenant.require(), campaignId)
            .update()
        > 0;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
