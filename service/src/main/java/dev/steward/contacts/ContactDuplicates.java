package dev.steward.contacts;

import dev.steward.tenancy.CurrentTenant;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Possible duplicates of a contact: live contacts with the same name (case aside) that share an
 * email, a phone or a postcode with it, and any live contact with one of its emails. The contact's
 * values are read first, so that each arm of the search is an index probe with them (the
 * lowered-name index of V54, the primary-email index, the other-emails GIN index): its cost grows
 * with how many contacts share the name, not with the size of the firm.
 */
@Component
class ContactDuplicates {

  static final int LIMIT = 20;

  /**
   * Parameters: {@code tenant}, {@code id}, the contact's lowered {@code name}, its lowered {@code
   * emails} and its {@code phones} (text arrays), its {@code postcode} (upper case, no spaces) and
   * {@code limit}.
   */
  static final String SQL =
      """
      select c.id, c.type, c.display_name, c.email, c.city, c.postal_code, c.version,
             case when lower(c.email) = any(cast(:emails as text[]))
                       or steward_email_keys(c.other_emails) && cast(:emails as text[])
                    then case when lower(c.display_name) = :name then 'name-and-email' else 'email' end
                  when c.phone = any(cast(:phones as text[]))
                       or steward_phone_keys(c.other_phones) && cast(:phones as text[])
                    then 'name-and-phone'
                  else 'name-and-postcode' end as reason
      from contacts c
      where c.tenant_id = :tenant and c.id <> :id
        and c.id = any(array(
          select n.id from contacts n
          where n.tenant_id = :tenant and n.deleted_at is null and :name <> ''
            and lower(n.display_name) = :name
            and (lower(n.email) = any(cast(:emails as text[]))
                 or steward_email_keys(n.other_emails) && cast(:emails as text[])
                 or n.phone = any(cast(:phones as text[]))
                 or steward_phone_keys(n.other_phones) && cast(:phones as text[])
                 or upper(replace(n.postal_code, ' ', '')) = :postcode)
          union
          select e.id from contacts e
          where e.tenant_id = :tenant and e.deleted_at is null
            and lower(e.email) = any(cast(:emails as text[]))
          union
          select o.id from contacts o
          where o.tenant_id = :tenant and o.deleted_at is null and o.other_emails <> '[]'::jsonb
            and steward_email_keys(o.other_emails) && cast(:emails as text[])))
      order by c.display_name, c.id
      limit :limit""";

  private final JdbcClient jdbc;

  ContactDuplicates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** What a contact is compared by. */
  record Keys(String name, String[] emails, String[] phones, String postcode) {}

  List<PossibleDuplicate> of(UUID contactId) {
    return keysOf(contactId).map(keys -> matching(contactId, keys)).orElse(List.of());
  }

  java.util.Optional<Keys> keysOf(UUID contactId) {
    return jdbc.sql(
            """
            select lower(display_name),
                   array_remove(array[lower(email)] || steward_email_keys(other_emails), null),
                   array_remove(array[phone] || steward_phone_keys(other_phones), null),
                   nullif(upper(replace(postal_code, ' ', '')), '')
            from contacts where tenant_id = ? and id = ? and deleted_at is null""")
        .params(CurrentTenant.require(), contactId)
        .query(
            (rs, n) ->
                new Keys(
                    rs.getString(1), texts(rs.getArray(2)), texts(rs.getArray(3)), rs.getString(4)))
        .optional();
  }

  private List<PossibleDuplicate> matching(UUID contactId, Keys keys) {
    return jdbc.sql(SQL)
        .param("tenant", CurrentTenant.require())
        .param("id", contactId)
        .param("name", keys.name() == null ? "" : keys.name())
        .param("emails", keys.emails())
        .param("phones", keys.phones())
        .param("postcode", keys.postcode())
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

  private static String[] texts(java.sql.Array array) throws SQLException {
    return array == null ? new String[0] : (String[]) array.getArray();
  }
}
