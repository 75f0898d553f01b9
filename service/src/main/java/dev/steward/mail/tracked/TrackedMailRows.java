package dev.steward.mail.tracked;

import dev.steward.microsoft.MailSending;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tracked mails' rows ({@code mail_tracked_mails}) in the current firm: one per member a mail
 * goes to, sharing the mail's token, in the order of the recipients.
 */
@Repository
class TrackedMailRows {

  /** One member's row of a tracked mail. */
  record Row(
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

  private final JdbcClient jdbc;

  TrackedMailRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      String token, UUID campaignId, UUID contactId, String mailbox, UUID createdBy, int position) {
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
            contactId,
            mailbox,
            createdBy,
            position)
        .update();
  }

  List<Row> rows(String token, boolean forUpdate) {
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

  /**
   * Records the mail as sent: {@code unconfirmed} and looked for from {@code nextLookup} until
   * {@code confirmBy}, or {@code sent} (both null) once filed as {@code interaction}.
   */
  void recordSent(
      String token,
      Instant sentAt,
      String subject,
      String internetMessageId,
      UUID interaction,
      Instant nextLookup,
      Instant confirmBy) {
    jdbc.sql(
            """
            update mail_tracked_mails set state = ?, sent_at = ?, subject = ?,
              internet_message_id = ?, interaction_id = ?, next_lookup_at = ?, confirm_by = ?
            where tenant_id = ? and token = ?""")
        .params(
            nextLookup != null ? "unconfirmed" : "sent",
            Timestamp.from(sentAt),
            subject,
            internetMessageId,
            interaction,
            nextLookup == null ? null : Timestamp.from(nextLookup),
            confirmBy == null ? null : Timestamp.from(confirmBy),
            CurrentTenant.require(),
            token)
        .update();
  }

  List<TrackedMails.Due> due(int limit) {
    return jdbc.sql(
            """
            select token, mailbox, lookups, confirm_by from mail_tracked_mails
            where tenant_id = ? and state = 'unconfirmed' and next_lookup_at <= now() and position = 0
            order by next_lookup_at limit ?""")
        .params(CurrentTenant.require(), limit)
        .query(
            (rs, n) ->
                new TrackedMails.Due(
                    rs.getString(1), rs.getString(2), rs.getInt(3), instant(rs, 4)))
        .list();
  }

  void markFound(String token, MailSending.SentMessage message, Instant sentAt, UUID interaction) {
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
            token)
        .update();
  }

  void markNotFound(String token) {
    jdbc.sql(
            """
            update mail_tracked_mails set state = 'not_found', lookups = lookups + 1,
              next_lookup_at = null
            where tenant_id = ? and token = ? and state = 'unconfirmed'""")
        .params(CurrentTenant.require(), token)
        .update();
  }

  void lookAgain(String token, int lookups, Instant next) {
    jdbc.sql(
            """
            update mail_tracked_mails set lookups = ?, next_lookup_at = ?
            where tenant_id = ? and token = ? and state = 'unconfirmed'""")
        .params(lookups, Timestamp.from(next), CurrentTenant.require(), token)
        .update();
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
