package dev.steward.mail.replies;

import dev.steward.identity.CurrentUser;
import dev.steward.mail.ReplyEvents.MailboxAdded;
import dev.steward.mail.ReplyEvents.MailboxRemoved;
import dev.steward.platform.ConflictException;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailboxes a firm lets Steward read as the app, and where each one's sync stands: its delta
 * link, and a lease that lets one sync at a time hold it, whichever instance runs it.
 */
@Service
class Mailboxes {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  Mailboxes(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** A mailbox to sync: its id and address, and the delta link its last sync ended with. */
  record Stored(UUID id, String address, String deltaLink) {}

  @Transactional(readOnly = true)
  List<MailboxView> list() {
    return jdbc.sql(
            """
            select m.id, m.address, m.kind, m.created_at, s.last_synced_at, s.last_error,
                   coalesce(s.messages_read, 0) as messages_read, coalesce(s.replies_found, 0) as replies_found
            from mailboxes m left join mailbox_sync_states s on s.mailbox_id = m.id
            where m.tenant_id = ? order by lower(m.address)""")
        .param(CurrentTenant.require())
        .query(Mailboxes::view)
        .list();
  }

  @Transactional
  MailboxView add(MailboxRequest request) {
    UUID id = UUID.randomUUID();
    UUID tenant = CurrentTenant.require();
    String address = request.address().strip().toLowerCase(Locale.ROOT);
    int added =
        jdbc.sql(
                """
            insert into mailboxes (id, tenant_id, address, kind, created_by) values (?, ?, ?, ?, ?)
            on conflict (tenant_id, lower(address)) do nothing""")
            .params(id, tenant, address, request.kind(), CurrentUser.idOrNull())
            .update();
    if (added == 0) {
      throw new ConflictException("Steward already reads " + address + " for replies.");
    }
    jdbc.sql("insert into mailbox_sync_states (mailbox_id, tenant_id) values (?, ?)")
        .params(id, tenant)
        .update();
    events.publishEvent(new MailboxAdded(id, address, request.kind()));
    return list().stream().filter(mailbox -> mailbox.id().equals(id)).findFirst().orElseThrow();
  }

  @Transactional
  void remove(UUID id) {
    String address =
        jdbc.sql("delete from mailboxes where tenant_id = ? and id = ? returning address")
            .params(CurrentTenant.require(), id)
            .query(String.class)
            .optional()
            .orElseThrow(() -> NotFoundException.of("Mailbox", id));
    events.publishEvent(new MailboxRemoved(id, address));
  }

  @Transactional(readOnly = true)
  boolean exists(UUID id) {
    return jdbc.sql("select count(*) from mailboxes where tenant_id = ? and id = ?")
            .params(CurrentTenant.require(), id)
            .query(Long.class)
            .single()
        > 0;
  }

  @Transactional(readOnly = true)
  List<UUID> ids() {
    return jdbc.sql("select id from mailboxes where tenant_id = ? order by created_at")
        .param(CurrentTenant.require())
        .query(UUID.class)
        .list();
  }

  /**
   * Takes the mailbox for one sync until {@code until}, unless another holds it; empty when it does
   * (or the mailbox is gone).
   */
  @Transactional
  Optional<Stored> lease(UUID id, String holder, Instant until) {
    return jdbc.sql(
            """
            update mailbox_sync_states s set leased_by = ?, leased_until = ?
            from mailboxes m
            where m.id = s.mailbox_id and s.tenant_id = ? and s.mailbox_id = ?
              and (s.leased_until is null or s.leased_until < now())
            returning m.id, m.address, s.delta_link""")
        .params(holder, Timestamp.from(until), CurrentTenant.require(), id)
        .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
        .optional();
  }

  /** Keeps the delta link a sync ended with, counts what it did, and lets the mailbox go. */
  @Transactional
  void synced(UUID id, String holder, String deltaLink, int messages, int replies) {
    jdbc.sql(
            """
            update mailbox_sync_states set delta_link = ?, last_synced_at = now(), last_error = null,
                   messages_read = messages_read + ?, replies_found = replies_found + ?,
                   leased_by = null, leased_until = null
            where tenant_id = ? and mailbox_id = ? and leased_by = ?""")
        .params(deltaLink, messages, replies, CurrentTenant.require(), id, holder)
        .update();
  }

  /** Records why a sync failed, keeps the delta link it started from, and lets the mailbox go. */
  @Transactional
  void failed(UUID id, String holder, String error) {
    String reason =
        error == null || error.isBlank()
            ? "The sync failed; the service log has the details."
            : error;
    jdbc.sql(
            """
            update mailbox_sync_states set last_error = ?, leased_by = null, leased_until = null
            where tenant_id = ? and mailbox_id = ? and leased_by = ?""")
        .params(
            reason.length() > 2000 ? reason.substring(0, 2000) : reason,
            CurrentTenant.require(),
            id,
            holder)
        .update();
  }

  private static MailboxView view(ResultSet rs, int row) throws SQLException {
    Timestamp synced = rs.getTimestamp("last_synced_at");
    return new MailboxView(
        rs.getObject("id", UUID.class),
        rs.getString("address"),
        rs.getString("kind"),
        rs.getTimestamp("created_at").toInstant(),
        synced == null ? null : synced.toInstant(),
        rs.getString("last_error"),
        rs.getLong("messages_read"),
        rs.getLong("replies_found"));
  }
}
