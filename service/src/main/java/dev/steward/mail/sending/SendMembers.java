package dev.steward.mail.sending;

import dev.steward.tenancy.CurrentTenant;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's send state ({@code mail_send_members}), for the current firm. A member moves queued
 * → sending → sent, or back to queued to be tried later, or to failed; members who cannot be mailed
 * are skipped when queued.
 */
@Component
class SendMembers {

  /** A member as the queue sees it. */
  record Queued(UUID contactId, String state, String reason, String address) {}

  /**
   * A member claimed for sending.
   *
   * @param interrupted whether an earlier claim of this member was cut short (a crash in mid-send)
   *     and nobody has found out since whether its mail went
   */
  record Claimed(
      UUID id,
      UUID contactId,
      String address,
      String messageId,
      String conversationId,
      String draftId,
      int attempts,
      boolean interrupted) {}

  private final JdbcClient jdbc;

  SendMembers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds the members not in the send yet, as queued or skipped; members already in it stay as they
   * are.
   */
  @Transactional
  int enqueue(UUID campaignId, List<Queued> members) {
    if (members.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            """
            insert into mail_send_members (id, tenant_id, campaign_id, contact_id, state, reason, address)
            select gen_random_uuid(), ?, ?, m.contact_id, m.state, m.reason, m.address
            from unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) as m(contact_id, state, reason, address)
            on conflict (campaign_id, contact_id) do nothing""")
        .params(
            CurrentTenant.require(),
            campaignId,
            members.stream().map(m -> m.contactId().toString()).toArray(String[]::new),
            members.stream().map(Queued::state).toArray(String[]::new),
            members.stream().map(Queued::reason).toArray(String[]::new),
            members.stream().map(Queued::address).toArray(String[]::new))
        .update();
  }

  @Transactional(readOnly = true)
  List<UUID> contactsInSend(UUID campaignId) {
    return jdbc.sql(
            "select contact_id from mail_send_members where tenant_id = ? and campaign_id = ?")
        .params(CurrentTenant.require(), campaignId)
        .query(UUID.class)
        .list();
  }

  /** The campaigns of the firm with members due now. */
  @Transactional(readOnly = true)
  List<UUID> campaignsDue(Duration lease) {
    return jdbc.sql(
            """
            select distinct campaign_id from mail_send_members
            where tenant_id = ? and ((state = 'queued' and next_attempt_at <= now())
                                     or (state = 'sending' and claimed_at < ?))""")
        .params(CurrentTenant.require(), Timestamp.from(Instant.now().minus(lease)))
        .query(UUID.class)
        .list();
  }

  /** A member due to be sent. */
  record Due(UUID id, UUID contactId) {}

  /**
   * Up to {@code limit} due members of the campaign, oldest first: queued ones whose time has come,
   * and ones left in 'sending' longer than {@code lease} (a crash cut their send short).
   */
  @Transactional(readOnly = true)
  List<Due> due(UUID campaignId, int limit, Duration lease) {
    return jdbc.sql(
            """
            select id, contact_id from mail_send_members
            where tenant_id = ? and campaign_id = ?
              and ((state = 'queued' and next_attempt_at <= now()) or (state = 'sending' and claimed_at < ?))
            order by next_attempt_at, id
            limit ?""")
        .params(
            CurrentTenant.require(), campaignId, Timestamp.from(Instant.now().minus(lease)), limit)
        .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .list();
  }

  /**
   * Claims one due member, in a transaction of its own that commits before any transport sees the
   * mail: it is 'sending' from now on, and gets its Message-ID (kept on every later attempt). Empty
   * when another run took it.
   */
  @Transactional
  Optional<Claimed> claim(UUID memberId, Duration lease, String messageIdDomain) {
    commitWithoutWaitingForDisk();
    return jdbc.sql(
            """
            with due as (
              select id, state as was from mail_send_members
              where tenant_id = :tenant and id = :id
                and ((state = 'queued' and next_attempt_at <= now()) or (state = 'sending' and claimed_at < :stale))
              for update skip locked)
            update mail_send_members m
            set state = 'sending', attempts = m.attempts + 1, claimed_at = now(), updated_at = now(),
                in_doubt = m.in_doubt or due.was = 'sending',
                internet_message_id = coalesce(m.internet_message_id,
                  '<' || replace(m.id::text, '-', '') || '.campaign@' || :domain || '>')
            from due where m.id = due.id
            returning m.id, m.contact_id, m.address, m.internet_message_id, m.conversation_id, m.graph_message_id,
                      m.attempts, m.in_doubt""")
        .param("tenant", CurrentTenant.require())
        .param("id", memberId)
        .param("stale", Timestamp.from(Instant.now().minus(lease)))
        .param("domain", messageIdDomain)
        .query(
            (rs, n) ->
                new Claimed(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getInt(7),
                    rs.getBoolean(8)))
        .optional();
  }

  /**
   * Lets the current transaction's commit return before its WAL reaches the disk. The service's
   * process stopping loses nothing by it (the database has the commit); only a crash of the
   * database server or the machine in the next fraction of a second can, and then the member is
   * resumed like any send cut short. Two waits for the disk per mail were most of a send's time.
   */
  void commitWithoutWaitingForDisk() {
    jdbc.sql("set local synchronous_commit = off").update();
  }

  /** Keeps a Graph draft's ids, before the draft is sent. */
  @Transactional
  void drafted(UUID memberId, Delivered draft) {
    jdbc.sql(
            """
            update mail_send_members set graph_message_id = ?, internet_message_id = coalesce(?, internet_message_id),
              conversation_id = ?, updated_at = now()
            where tenant_id = ? and id = ?""")
        .params(
            draft.graphMessageId(),
            draft.internetMessageId(),
            draft.conversationId(),
            CurrentTenant.require(),
            memberId)
        .update();
  }

  /** Records the member as sent, with the ids of what went. Part of the caller's transaction. */
  void sent(UUID memberId, Delivered delivered, Instant at) {
    jdbc.sql(
            """
            update mail_send_members set state = 'sent', reason = null, sent_at = ?, in_doubt = false,
              internet_message_id = coalesce(?, internet_message_id), conversation_id = coalesce(?, conversation_id),
              graph_message_id = coalesce(?, graph_message_id), updated_at = now()
            where tenant_id = ? and id = ?""")
        .params(
            Timestamp.from(at),
            delivered.internetMessageId(),
            delivered.conversationId(),
            delivered.graphMessageId(),
            CurrentTenant.require(),
            memberId)
        .update();
  }

  /** The member is to be tried again at {@code at}. */
  @Transactional
  void retryAt(UUID memberId, Instant at, String reason) {
    jdbc.sql(
            """
            update mail_send_members set state = 'queued', next_attempt_at = ?, reason = ?, updated_at = now()
            where tenant_id = ? and id = ?""")
        .params(Timestamp.from(at), shorten(reason), CurrentTenant.require(), memberId)
        .update();
  }

  /** Ends the member's send as {@code failed} or {@code skipped}, with the reason. */
  @Transactional
  void finish(UUID memberId, String state, String reason) {
    jdbc.sql(
            "update mail_send_members set state = ?, reason = ?, updated_at = now() where tenant_id = ? and id = ?")
        .params(state, shorten(reason), CurrentTenant.require(), memberId)
        .update();
  }

  /**
   * Queues the campaign's failed members again; returns how many.
   *
   * @param keepInDoubt whether a member whose send was cut short is still looked up before it is
   *     sent (false: the person's retry sends it again, where nothing can be looked up)
   */
  @Transactional
  int retryFailed(UUID campaignId, boolean keepInDoubt) {
    return jdbc.sql(
            """
            update mail_send_members set state = 'queued', reason = null, attempts = 0, next_attempt_at = now(),
              in_doubt = in_doubt and ?, updated_at = now()
            where tenant_id = ? and campaign_id = ? and state = 'failed'""")
        .params(keepInDoubt, CurrentTenant.require(), campaignId)
        .update();
  }

  private static String shorten(String reason) {
    return reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
  }
}
