package dev.steward.mail.sending;

import dev.steward.platform.InvalidInputException;
import dev.steward.platform.Versions;
import dev.steward.tenancy.CurrentTenant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The current firm's mail settings. */
@Component
class FirmMailSettingsStore {

  private final JdbcClient jdbc;

  FirmMailSettingsStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  FirmMailSettings current() {
    return jdbc.sql(
            """
            select transport, from_address, from_name, reply_to, graph_mailbox, mails_per_minute,
                   max_members_per_send, version
            from mail_settings where tenant_id = ?""")
        .param(CurrentTenant.require())
        .query(
            (rs, n) ->
                new FirmMailSettings(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    (Integer) rs.getObject(6),
                    (Integer) rs.getObject(7),
                    rs.getLong(8)))
        .optional()
        .orElse(FirmMailSettings.DEFAULTS);
  }

  @Transactional
  FirmMailSettings save(FirmMailSettings settings) {
    if (settings.graph() && blank(settings.graphMailbox())) {
      throw InvalidInputException.of("graphMailbox", "is needed to send through Microsoft 365");
    }
    var current = current();
    if (current.version() != null) {
      Versions.check(
          "The mail settings",
          settings.version() == null ? -1 : settings.version(),
          current.version());
    }
    jdbc.sql(
            """
            insert into mail_settings (tenant_id, transport, from_address, from_name, reply_to, graph_mailbox,
                                       mails_per_minute, max_members_per_send)
            values (:tenant, :transport, :from, :name, :replyTo, :mailbox, :rate, :cap)
            on conflict (tenant_id) do update set transport = excluded.transport,
              from_address = excluded.from_address, from_name = excluded.from_name, reply_to = excluded.reply_to,
              graph_mailbox = excluded.graph_mailbox, mails_per_minute = excluded.mails_per_minute,
              max_members_per_send = excluded.max_members_per_send, updated_at = now(),
              version = mail_settings.version + 1""")
        .param("tenant", CurrentTenant.require())
        .param("transport", settings.transport())
        .param("from", orNull(settings.fromAddress()))
        .param("name", orNull(settings.fromName()))
        .param("replyTo", orNull(settings.replyTo()))
        .param("mailbox", orNull(settings.graphMailbox()))
        .param("rate", settings.mailsPerMinute())
        .param("cap", settings.maxMembersPerSend())
        .update();
    return current();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String orNull(String value) {
    return blank(value) ? null : value.strip();
  }
}
