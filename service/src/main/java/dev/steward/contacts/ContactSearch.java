package dev.steward.contacts;

import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and searches contacts in SQL. Contains-search runs on the trigram-indexed {@code search_text}; a query that
 * looks like a phone number also matches on its digits, since phones are stored as E.164.
 */
@Component
class ContactSearch {

  /** Counting stops here: a list says "10,000+" rather than scan a million rows to say how many. */
  static final int COUNT_CAP = 10_000;

  private static final Pattern PHONE_LIKE = Pattern.compile("^[+\\d\\s().-]+$");
  private static final String COLUMNS = """
      c.id, c.type, c.display_name, c.first_name, c.last_name, c.company_name, c.job_title, c.email, c.phone,
      c.city, c.updated_at, c.version,
      array(select t.name from contact_tags ct join tags t on t.id = ct.tag_id
            where ct.contact_id = c.id order by lower(t.name)) as tags""";

  private final JdbcClient jdbc;

  ContactSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  PageResult<ContactSummary> find(ContactFilter filter, ContactSort sort, PageRequestParams page, boolean trash) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, trash, params);
    // A contains-search of three or more characters collects its matches through the trigram index first, then
    // sorts them; left to itself the planner walks the name index for a LIMIT and filters row by row, which for a
    // common word reads a large part of the table.
    String select = trigramSearchable(filter)
        ? "with matches as materialized (select c.id from contacts c where " + where + ") select " + COLUMNS
            + " from contacts c join matches m on m.id = c.id"
        : "select " + COLUMNS + " from contacts c where " + where;
    List<ContactSummary> rows = jdbc.sql(select + " order by " + sort.orderBy() + " limit :limit offset :offset")
        .params(params)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(ContactSearch::summary)
        .list();
    long total;
    if (page.offset() == 0 && rows.size() < page.size()) {
      total = rows.size();
    } else {
      total = jdbc.sql("select count(*) from (select 1 from contacts c where " + where + " limit :cap) counted")
          .params(params)
          .param("cap", COUNT_CAP + 1)
          .query(Long.class)
          .single();
    }
    boolean capped = total > COUNT_CAP;
    return PageResult.of(rows, page.page(), page.size(), capped ? COUNT_CAP : total, capped);
  }

  /** The ids of every live contact the filter takes, for bulk work such as adding campaign members. */
  @Transactional(readOnly = true)
  List<UUID> ids(ContactFilter filter) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql("select c.id from contacts c where " + where(filter, false, params))
        .params(params)
        .query(UUID.class)
        .list();
  }

  /**
   * Streams every live contact the filter takes, in the list's order, with all its fields, for an export: rows are
   * fetched 500 at a time, so that any number of contacts passes through a small heap. Call it inside a transaction
   * (the driver streams only there).
   *
   * @param customFields the custom fields to read, in the order of {@link ExportedContact#customFields()}
   */
  void forEachExported(ContactFilter filter, ContactSort sort, List<CustomFieldDefinition> customFields, int limit,
      Consumer<? super ExportedContact> row) {
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, false, params);
    StringBuilder custom = new StringBuilder();
    for (int i = 0; i < customFields.size(); i++) {
      custom.append(", c.custom_fields ->> :field").append(i).append(" as field").append(i);
      params.put("field" + i, customFields.get(i).key());
    }
    jdbc.sql("""
            select c.id, c.type, c.display_name, c.first_name, c.last_name, c.company_name, c.job_title, c.email,
                   c.phone, c.address_line1, c.address_line2, c.city, c.region, c.postal_code, c.country, c.notes,
                   c.created_at, c.updated_at,
                   array(select t.name from contact_tags ct join tags t on t.id = ct.tag_id
                         where ct.contact_id = c.id order by lower(t.name)) as tags%s
            from contacts c where %s order by %s limit :limit""".formatted(custom, where, sort.orderBy()))
        .params(params)
        .param("limit", limit)
        .withFetchSize(500)
        .query(rs -> {
          List<Object> values = new ArrayList<>(customFields.size());
          for (int i = 0; i < customFields.size(); i++) {
            values.add(customValue(customFields.get(i).type(), rs.getString("field" + i)));
          }
          row.accept(new ExportedContact(rs.getObject("id", UUID.class), ContactType.of(rs.getString("type")),
              rs.getString("display_name"), rs.getString("first_name"), rs.getString("last_name"),
              rs.getString("company_name"), rs.getString("job_title"), rs.getString("email"), rs.getString("phone"),
              rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("city"),
              rs.getString("region"), rs.getString("postal_code"), rs.getString("country"),
              List.of((String[]) rs.getArray("tags").getArray()), rs.getString("notes"), values,
              rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()));
        });
  }

  /** A stored custom value as its type: a number, a date, yes/no; text, or anything unreadable, as the text. */
  private static Object customValue(CustomFieldType type, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return switch (type) {
        case NUMBER -> new java.math.BigDecimal(text.strip());
        case DATE -> java.time.LocalDate.parse(text.strip());
        case BOOLEAN -> Boolean.parseBoolean(text.strip());
        case TEXT -> text;
      };
    } catch (RuntimeException unreadable) {
      return text;
    }
  }

  @Transactional(readOnly = true)
  boolean anyExist() {
    return jdbc.sql("select exists (select 1 from contacts where tenant_id = ?)")
        .param(CurrentTenant.require())
        .query(Boolean.class)
        .single();
  }

  /** Live contacts by email, case-insensitively, in one query on the unique email index. */
  @Transactional(readOnly = true)
  List<ContactSummary> byEmails(Collection<String> emails) {
    if (emails.isEmpty()) {
      return List.of();
    }
    var lowered = emails.stream().map(e -> e.trim().toLowerCase(Locale.ROOT)).distinct().toList();
    return jdbc.sql("select " + COLUMNS
            + " from contacts c where c.tenant_id = :tenant and c.deleted_at is null and lower(c.email) in (:emails)")
        .param("tenant", CurrentTenant.require())
        .param("emails", lowered)
        .query(ContactSearch::summary)
        .list();
  }

  @Transactional(readOnly = true)
  List<ContactSummary> byIds(Collection<UUID> ids, boolean liveOnly) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from contacts c where c.tenant_id = :tenant and c.id in (:ids)"
            + (liveOnly ? " and c.deleted_at is null" : ""))
        .param("tenant", CurrentTenant.require())
        .param("ids", ids)
        .query(ContactSearch::summary)
        .list();
  }

  private static String where(ContactFilter filter, boolean trash, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    conditions.add("c.tenant_id = :tenant");
    params.put("tenant", CurrentTenant.require());
    conditions.add(trash ? "c.deleted_at is not null" : "c.deleted_at is null");
    if (filter.type() != null) {
      conditions.add("c.type = :type");
      params.put("type", filter.type().value());
    }
    if (filter.tag() != null && !filter.tag().isBlank()) {
      conditions.add("""
          exists (select 1 from contact_tags ct join tags t on t.id = ct.tag_id
                  where ct.contact_id = c.id and lower(t.name) = lower(:tag))""");
      params.put("tag", filter.tag().strip());
    }
    String q = filter.q() == null ? "" : filter.q().strip().toLowerCase(Locale.ROOT);
    if (!q.isEmpty()) {
      String digits = q.replaceAll("\\D", "");
      if (PHONE_LIKE.matcher(q).matches() && digits.length() >= 3 && !digits.equals(q)) {
        // Stored phones are E.164, so "(202) 555-0143" is searched as digits, and "020 7946" without its trunk 0.
        String national = digits.replaceFirst("^0+", "");
        conditions.add(
            "(c.search_text like :q escape '\\' or c.search_text like :digits or c.search_text like :national)");
        params.put("digits", "%" + digits + "%");
        params.put("national", "%" + (national.length() >= 3 ? national : digits) + "%");
      } else {
        conditions.add("c.search_text like :q escape '\\'");
      }
      params.put("q", "%" + escapeLike(q) + "%");
    }
    return String.join(" and ", conditions);
  }

  /** Whether {@code q} is long enough for the trigram index (three characters or more). */
  static boolean trigramSearchable(ContactFilter filter) {
    return filter.q() != null && filter.q().strip().length() >= 3;
  }

  private static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }


  private static ContactSummary summary(ResultSet rs, int row) throws SQLException {
    return new ContactSummary(rs.getObject("id", UUID.class), ContactType.of(rs.getString("type")),
        rs.getString("display_name"), rs.getString("first_name"), rs.getString("last_name"),
        rs.getString("company_name"), rs.getString("job_title"), rs.getString("email"), rs.getString("phone"),
        rs.getString("city"), List.of((String[]) rs.getArray("tags").getArray()),
        rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
  }
}
