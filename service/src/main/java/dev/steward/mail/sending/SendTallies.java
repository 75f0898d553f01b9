package dev.steward.mail.sending;

import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a campaign's send stands, read from its members' send states ({@link SendMembers} moves
 * them).
 */
@Component
class SendTallies {

  /** A campaign's members by send state. */
  record Counts(int queued, int sending, int sent, int failed, int skipped, int sentFromOutlook) {}

  private final JdbcClient jdbc;

  SendTallies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  Counts counts(UUID campaignId) {
    return jdbc.sql(
            """
            select count(*) filter (where state = 'queued'), count(*) filter (where state = 'sending'),
                   count(*) filter (where state = 'sent'), count(*) filter (where state = 'failed'),
                   count(*) filter (where state = 'skipped'),
                   count(*) filter (where state = 'sent' and sent_from_outlook)
            from mail_send_members where tenant_id = ? and campaign_id = ?""")
        .params(CurrentTenant.require(), campaignId)
        .query(
            (rs, n) ->
                new Counts(
                    rs.getInt(1),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getInt(6)))
        .single();
  }

  /** The members whose send failed or was skipped, with the reason. */
  @Transactional(readOnly = true)
  List<SendMembers.Queued> problems(UUID campaignId, int limit) {
    return jdbc.sql(
            """
            select contact_id, state, reason, address from mail_send_members
            where tenant_id = ? and campaign_id = ? and state in ('failed', 'skipped')
            order by updated_at desc limit ?""")
        .params(CurrentTenant.require(), campaignId, limit)
        .query(
            (rs, n) ->
                new SendMembers.Queued(
                    rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }
}
