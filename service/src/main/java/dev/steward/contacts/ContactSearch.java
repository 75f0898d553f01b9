package dev.steward.contacts;

import static dev.steward.contacts.ContactConditions.INDEXED;
import static dev.steward.contacts.ContactConditions.trigramSearchable;
import static dev.steward.contacts.ContactConditions.where;

import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantReads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and searches contacts in SQL. A search term is folded (lower case, no accents) and found
 * anywhere in the trigram-indexed {@code search_text} of names, company, email (also split into
 * words) and phone; a term that looks like a phone number also matches on its digits, since phones
 * are stored as E.164 ({@link ContactConditions}). Matches that start a word come first, then the
 * rest, each by name ({@link RankedContactSearch}).
 */
@Component
class ContactSearch {

  /** Counting stops here: a list says "1,000+" rather than scan a million rows to say how many. */
  static final int COUNT_CAP = 1_000;

  static final String COLUMNS =
      """
      c.id, c.type, c.display_name, c.first_name, c.last_name, c.company_name, c.job_title, c.email, c.phone,
      steward_email_keys(c.other_emails) as other_emails, c.city, c.updated_at, c.version,
      array(select t.name from contact_tags ct join tags t on t.id = ct.tag_id
            where ct.contact_id = c.id order by lower(t.name)) as tags""";

  private final JdbcClient jdbc;
  private final TenantReads oneRoundTrip;
  private final PhoneNumbers phones;
  private final RankedContactSearch ranked;

  ContactSearch(JdbcClient jdbc, TenantReads oneRoundTrip, PhoneNumbers phones) {
    this.jdbc = jdbc;
    this.oneRoundTrip = oneRoundTrip;
    this.phones = phones;
    this.ranked = new RankedContactSearch(jdbc, this::summary);
  }

  @Transactional(readOnly = true)
  PageResult<ContactSummary> find(
      ContactFilter unfolded, ContactSort sort, PageRequestParams page, boolean trash) {
    ContactFilter filter = ContactConditions.folded(jdbc, unfolded);
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, trash, params, INDEXED);
    if (!trash && trigramSearchable(filter) && sort.equals(ContactSort.BY_NAME)) {
      return ranked.page(filter, where, params, page);
    }
    // A contains-search sorted otherwise collects its matches through the trigram index first, then
    // sorts them.
    String select =
        trigramSearchable(filter)
            ? "with matches as materialized (select c.id from contacts c where "
                + where
                + ") select "
                + COLUMNS
                + " from contacts c join matches m on m.id = c.id"
            : "select " + COLUMNS + " from contacts c where " + where;
    List<ContactSummary> rows =
        jdbc.sql(select + " order by " + sort.orderBy() + " limit :limit offset :offset")
            .params(params)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(this::summary)
            .list();
    long total =
        page.offset() == 0 && rows.size() < page.size()
            ? rows.size()
            : ranked.cappedCount(where, params);
    return PageResult.of(
        rows, page.page(), page.size(), Math.min(total, COUNT_CAP), total > COUNT_CAP);
  }

  /**
   * The ids of every live contact the filter takes, for bulk work such as adding campaign members.
   */
  @Transactional(readOnly = true)
  List<UUID> ids(ContactFilter filter) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql(
            "select c.id from contacts c where "
                + where(ContactConditions.folded(jdbc, filter), false, params))
        .params(params)
        .query(UUID.class)
        .list();
  }

  @Transactional(readOnly = true)
  boolean anyExist() {
    return jdbc.sql("select exists (select 1 from contacts where tenant_id = ?)")
        .param(CurrentTenant.require())
        .query(Boolean.class)
        .single();
  }

  /**
   * Live contacts by any of their emails, case-insensitively, in one query on the unique email
   * index and the index of other emails, with their tags; outside a transaction in one round trip
   * to the database (the Outlook pane asks this for every message it shows).
   */
  List<ContactSummary> byEmails(Collection<String> emails) {
    if (emails.isEmpty()) {
      return List.of();
    }
    var lowered = emails.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).distinct().toList();
    var addresses = TenantReads.textArray(lowered);
    return oneRoundTrip.query(
        "select "
            + COLUMNS
            + " from contacts c where c.tenant_id = ? and c.deleted_at is null"
            + " and (lower(c.email) = any(?)"
            + " or (c.other_emails <> '[]'::jsonb and steward_email_keys(c.other_emails) && ?))",
        this::summary,
        CurrentTenant.require(),
        addresses,
        addresses);
  }

  @Transactional(readOnly = true)
  List<ContactSummary> byIds(Collection<UUID> ids, boolean liveOnly) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from contacts c where c.tenant_id = :tenant and c.id in (:ids)"
                + (liveOnly ? " and c.deleted_at is null" : ""))
        .param("tenant", CurrentTenant.require())
        .param("ids", ids)
        .query(this::summary)
        .list();
  }

  private ContactSummary summary(ResultSet rs, int row) throws SQLException {
    String phone = rs.getString("phone");
    return ContactSummary.of(
        ContactHead.of(rs),
        phone,
        List.of((String[]) rs.getArray("other_emails").getArray()),
        rs.getString("city"),
        List.of((String[]) rs.getArray("tags").getArray()),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getLong("version"),
        phones.forDisplay(phone));
  }
}
