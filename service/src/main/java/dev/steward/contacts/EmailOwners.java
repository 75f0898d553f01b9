package dev.steward.contacts;

import dev.steward.tenancy.CurrentTenant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which contact an email belongs to. An address is one contact's at most, as its primary email or
 * one of its others; the unique index guards the primary ones, and this check, under a lock on the
 * address held until the transaction ends, guards the rest, so that two saves of one address at
 * once cannot both pass.
 */
@Component
class EmailOwners {

  private final JdbcClient jdbc;

  EmailOwners(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Whether a live contact other than {@code self} has {@code email}. Runs in the caller's write
   * transaction.
   */
  boolean takenByAnother(String email, UUID self) {
    UUID tenant = CurrentTenant.require();
    String address = email.toLowerCase(Locale.ROOT);
    jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 0))) locked")
        .param(tenant + " " + address)
        .query(Integer.class)
        .single();
    return jdbc.sql(
            """
            select exists (select 1 from contacts c
                           where c.tenant_id = ? and c.deleted_at is null and c.id <> ?
                             and (lower(c.email) = ?
                                  or (c.other_emails <> '[]'::jsonb
                                      and steward_email_keys(c.other_emails) && array[?::text])))""")
        .params(tenant, self, address, address)
        .query(Boolean.class)
        .single();
  }
}
