package dev.steward.contacts;

import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Possible duplicates of a contact: live contacts with the same name (case aside) that share an
 * email, a phone or a postcode with it, and any live contact with one of its emails. Each arm is an
 * index probe (the lowered-name index of V54, the primary-email index, the other-emails GIN index),
 * so the cost does not grow with the firm's number of contacts, only with how many share the name.
 */
@Component
class ContactDuplicates {

  static final int LIMIT = 20;

  /** Parameters: {@code tenant}, {@code id} (the contact), {@code limit}. */
  static final String SQL =
      """
            with me as (
              select c.id, c.tenant_id, lower(c.display_name) as name, c.phone,
                     nullif(upper(replace(c.postal_code, ' ', '')), '') as postcode,
                     steward_phone_keys(c.other_phones) as other_phones,
                     array_remove(array[lower(c.email)] || steward_email_keys(c.other_emails), null)
                       as emails
              from contacts c where c.tenant_id = :tenant and c.id = :id and c.deleted_at is null)
            select c.id, c.type, c.display_name, c.email, c.city, c.postal_code, c.version,
                   case when lower(c.email) = any(me.emails)
                             or steward_email_keys(c.other_emails) && me.emails
                          then case when lower(c.display_name) = me.name then 'name-and-email'
                                    else 'email' end
                        when c.phone = me.phone or c.phone = any(me.other_phones)
                             or steward_phone_keys(c.other_phones) && (me.other_phones || me.phone)
                          then 'name-and-phone'
                        else 'name-and-postcode' end as reason
            from me, contacts c
            where c.tenant_id = :tenant and c.deleted_at is null and c.id <> me.id
              and ((lower(c.display_name) = me.name and me.name <> ''
                    and (lower(c.email) = any(me.emails)
                         or steward_email_keys(c.other_emails) && me.emails
                         or c.phone = me.phone or c.phone = any(me.other_phones)
                         or steward_phone_keys(c.other_phones) && (me.other_phones || me.phone)
                         or upper(replace(c.postal_code, ' ', '')) = me.postcode))
                   or lower(c.email) = any(me.emails)
                   or (c.other_emails <> '[]'::jsonb and steward_email_keys(c.other_emails) && me.emails))
            order by c.display_name, c.id
            limit :limit""";

  private final JdbcClient jdbc;

  ContactDuplicates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<PossibleDuplicate> of(UUID contactId) {
    return jdbc.sql(SQL)
        .param("tenant", CurrentTenant.require())
        .param("id", contactId)
        .param("limit", LIMIT)
        .query(
            (rs, n) ->
                new PossibleDuplicate(
                    rs.getObject("id", UUID.class),
                    ContactType.of(rs.getString("type")),
                    rs.getString("display_name"),
                    rs.getString("email"),
                    rs.getString("city"),
                    rs.getString("postal_code"),
                    rs.getLong("version"),
                    rs.getString("reason")))
        .list();
  }
}
