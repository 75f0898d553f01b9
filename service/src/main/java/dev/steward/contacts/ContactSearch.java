package dev.steward.contacts;

import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantReads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and searches contacts in SQL. A search term is folded (lower case, no accents) and found
 * anywhere in the trigram-indexed {@code search_text} of names, company, email (also split into
 * words) and phone; a term that looks like a phone number also matches on its digits, since phones
 * are stored as E.164. Matches that start a word come first, then the rest, each by name.
 *
 * <p>How a page is found depends on how common the term is. Up to {@link #COUNT_CAP} matches are
 * gathered through the trigram index and sorted; past that the term is common, and walking the name
 * index (which holds the haystack, so no table row is read) usually meets a page's worth of matches
 * after a few thousand entries. The walk has a budget, since a common term may still sit late in
 * name order (a first name starting with Z): when it runs out, every match is gathered and sorted
 * after all. The count is exact up to the cap, and "1,000+" past it.
 */
@Component
class ContactSearch {

  /** Counting stops here: a list says "1,000+" rather than scan a million rows to say how many. */
  static final int COUNT_CAP = 1_000;

  private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+( [\\p{L}\\p{N}]+)*");
  private static final Pattern PHONE_LIKE = Pattern.compile("^[+\\d\\s().-]+$");
  private static final String COLUMNS =
      """
      c.id, c.type, c.display_name, c.first_name, c.last_name, c.company_name, c.job_title, c.email, c.phone,
      steward_email_keys(c.other_emails) as other_emails, c.city, c.updated_at, c.version,
      array(select t.name from contact_tags ct join tags t on t.id = ct.tag_id
            where ct.contact_id = c.id order by lower(t.name)) as tags""";
  private static final String BY_NAME = " order by c.display_name, c.id";

  /**
   * A walk reads at most this many index entries per row of its page (and at least {@link
   * #MIN_WALK}): a term in one contact of 1,000 fills a page within it, and reading that many
   * entries costs about what gathering and sorting a few thousand matches does. With 5,000 as the
   * floor, common surnames ran out and were gathered (tens of thousands of rows) at twice the time.
   */
  private static final int WALK_BUDGET = 1_000;

  private static final int MIN_WALK = 50_000;

  /**
   * The haystack as the trigram index sees it, and as an expression no index answers, for walks in
   * name order.
   */
  private static final String INDEXED = "c.search_text";

  private static final String WALKED = "(c.search_text || '')";

  private final JdbcClient jdbc;
  private final TenantReads oneRoundTrip;
  private final PhoneNumbers phones;

  ContactSearch(JdbcClient jdbc, TenantReads oneRoundTrip, PhoneNumbers phones) {
    this.jdbc = jdbc;
    this.oneRoundTrip = oneRoundTrip;
    this.phones = phones;
  }

  @Transactional(readOnly = true)
  PageResult<ContactSummary> find(
      ContactFilter unfolded, ContactSort sort, PageRequestParams page, boolean trash) {
    ContactFilter filter = folded(unfolded);
    Map<String, Object> params = new HashMap<>();
    String where = where(filter, trash, params, INDEXED);
    if (!trash && trigramSearchable(filter) && sort.equals(ContactSort.BY_NAME)) {
      return ranked(filter, where, params, page);
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
        page.offset() == 0 && rows.size() < page.size() ? rows.size() : cappedCount(where, params);
    return PageResult.of(
        rows, page.page(), page.size(), Math.min(total, COUNT_CAP), total > COUNT_CAP);
  }

  /**
   * A search in name order, word-start matches first: see the class comment for how each page is
   * found.
   */
  private PageResult<ContactSummary> ranked(
      ContactFilter filter, String where, Map<String, Object> params, PageRequestParams page) {
    String wordStart = wordStart(filter, params, INDEXED);
    String rank = wordStart == null ? "false" : wordStart;
    List<ContactSummary> rows = new ArrayList<>();
    long[] matched = {0};
    long[] sampledWordStarts = {0};
    jdbc.sql(
            """
            with matches as materialized (
                   select c.id, c.display_name, %s as word_start from contacts c where %s limit :gather),
                 counted as (select count(*) as matched, count(*) filter (where word_start) as word_starts
                             from matches)
            select counted.matched, counted.word_starts, page.* from counted left join lateral (
              select %s, m.word_start
              from (select * from matches order by word_start desc, display_name, id limit :limit offset :offset) m
              join contacts c on c.id = m.id
              order by m.word_start desc, m.display_name, m.id) page on true"""
                .formatted(rank, where, COLUMNS))
        .params(params)
        .param("gather", COUNT_CAP + 1)
        .param("limit", page.size())
        .param("offset", page.offset())
        .query(
            rs -> {
              matched[0] = rs.getLong("matched");
              sampledWordStarts[0] = rs.getLong("word_starts");
              if (rs.getObject("id") != null) {
                rows.add(summary(rs, 0));
              }
            });
    if (matched[0] <= COUNT_CAP) {
      return PageResult.of(rows, page.page(), page.size(), matched[0], false);
    }
    return walkedPage(filter, where, params, page, sampledWordStarts[0] > COUNT_CAP / 2)
        .orElseGet(() -> gatheredPage(filter, where, params, page));
  }

  /**
   * The page of a common term, walked in name order: word-start matches first, then the rest. Empty
   * when a walk meets too few matches within its budget (the term's matches sit late in name order,
   * as "zofia" does), and the caller then gathers them all instead.
   *
   * @param wordStartsLikelyCommon whether most of the matches gathered so far start a word: their
   *     walk then usually fills the page at once, so it goes first, before counting word starts
   *     (which reads the postings of every word that starts with the term's first letter)
   */
  private Optional<PageResult<ContactSummary>> walkedPage(
      ContactFilter filter,
      String where,
      Map<String, Object> params,
      PageRequestParams page,
      boolean wordStartsLikelyCommon) {
    String wordStart = wordStart(filter, params, INDEXED);
    List<ContactSummary> rows = new ArrayList<>();
    Map<String, Object> walkParams = new HashMap<>();
    String walked = where(filter, false, walkParams, WALKED);
    String walkedWordStart = wordStart(filter, walkParams, WALKED);
    long restOffset = page.offset();
    if (walkedWordStart != null && wordStartsLikelyCommon) {
      var walkedWordStarts =
          walk(walked + " and " + walkedWordStart, walkParams, page.size(), page.offset());
      if (walkedWordStarts.isPresent()) {
        return Optional.of(
            PageResult.of(walkedWordStarts.get(), page.page(), page.size(), COUNT_CAP, true));
      }
    }
    if (walkedWordStart != null) {
      long wordStarts = cappedCount(where + " and " + wordStart, params);
      if (wordStarts <= COUNT_CAP) {
        rows.addAll(
            jdbc.sql(
                    """
                with m as materialized (
                  select c.id, c.display_name from contacts c where %s and %s
                  order by c.display_name, c.id limit :limit offset :offset)
                select %s from m join contacts c on c.id = m.id order by m.display_name, m.id"""
                        .formatted(where, wordStart, COLUMNS))
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::summary)
                .list());
      } else {
        var walkedWordStarts =
            walk(walked + " and " + walkedWordStart, walkParams, page.size(), page.offset());
        if (walkedWordStarts.isEmpty()) {
          return Optional.empty();
        }
        // a full page of word starts: nothing else is on it
        return Optional.of(
            PageResult.of(walkedWordStarts.get(), page.page(), page.size(), COUNT_CAP, true));
      }
      restOffset = Math.max(0, page.offset() - wordStarts);
      walked += " and not " + walkedWordStart;
    }
    if (rows.size() < page.size()) {
      var rest = walk(walked, walkParams, page.size() - rows.size(), restOffset);
      if (rest.isEmpty()) {
        return Optional.empty();
      }
      rows.addAll(rest.get());
    }
    return Optional.of(PageResult.of(rows, page.page(), page.size(), COUNT_CAP, true));
  }

  /**
   * The page of a term with more than {@link #COUNT_CAP} matches, found by gathering every match
   * through the trigram index and sorting them: the fallback for terms whose walk ran out.
   */
  private PageResult<ContactSummary> gatheredPage(
      ContactFilter filter, String where, Map<String, Object> params, PageRequestParams page) {
    String wordStart = wordStart(filter, params, INDEXED);
    List<ContactSummary> rows =
        jdbc.sql(
                """
            with matches as materialized (
              select c.id, c.display_name, %s as word_start from contacts c where %s
              order by word_start desc, c.display_name, c.id limit :limit offset :offset)
            select %s from matches m join contacts c on c.id = m.id
            order by m.word_start desc, m.display_name, m.id"""
                    .formatted(wordStart == null ? "false" : wordStart, where, COLUMNS))
            .params(params)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(this::summary)
            .list();
    return PageResult.of(rows, page.page(), page.size(), COUNT_CAP, true);
  }

  /**
   * A page of the live contacts {@code where} takes, in name order, by walking the name index from
   * its start: the index holds the haystack, so no table row is read until the page's ids are
   * known. The walk reads at most {@link #WALK_BUDGET} entries per row it may have to skip or
   * return; empty when that budget (or the list) ran out before the page was full, since the walk
   * cannot tell which, and a term whose matches sit late in name order would otherwise read the
   * whole index.
   */
  private Optional<List<ContactSummary>> walk(
      String where, Map<String, Object> params, int limit, long offset) {
    long budget = Math.max(MIN_WALK, WALK_BUDGET * (offset + limit));
    List<ContactSummary> rows =
        jdbc.sql(
                """
            with scanned as (
              select c.id, c.tenant_id, c.display_name, c.type, c.search_text from contacts c
              where c.tenant_id = :tenant and c.deleted_at is null
              order by c.display_name, c.id limit :budget),
            page as materialized (
              select c.id, c.display_name from scanned c where %s%s limit :limit offset :offset)
            select %s from page p join contacts c on c.id = p.id order by p.display_name, p.id"""
                    .formatted(where, BY_NAME, COLUMNS))
            .params(params)
            .param("budget", budget)
            .param("limit", limit)
            .param("offset", offset)
            .query(this::summary)
            .list();
    return rows.size() < limit ? Optional.empty() : Optional.of(rows);
  }

  /**
   * How many contacts {@code where} takes, counting no further than one past {@link #COUNT_CAP}.
   */
  private long cappedCount(String where, Map<String, Object> params) {
    return jdbc.sql(
            "select count(*) from (select 1 from contacts c where "
                + where
                + " limit :cap) counted")
        .params(params)
        .param("cap", COUNT_CAP + 1)
        .query(Long.class)
        .single();
  }

  /**
   * The ids of every live contact the filter takes, for bulk work such as adding campaign members.
   */
  @Transactional(readOnly = true)
  List<UUID> ids(ContactFilter filter) {
    Map<String, Object> params = new HashMap<>();
    return jdbc.sql("select c.id from contacts c where " + where(folded(filter), false, params))
        .params(params)
        .query(UUID.class)
        .list();
  }

  /**
   * Streams every live contact the filter takes, in the list's order, with all its fields, for an
   * export: rows are fetched 500 at a time, so that any number of contacts passes through a small
   * heap. Call it inside a transaction (the driver streams only there).
   *
   * @param customFields the custom fields to read, in the order of {@link
   *     ExportedContact#customFields()}
   */
  void forEachExported(
      ContactFilter filter,
      ContactSort sort,
      List<CustomFieldDefinition> customFields,
      int limit,
      Consumer<? super ExportedContact> row) {
    Map<String, Object> params = new HashMap<>();
    String where = where(folded(filter), false, params);
    StringBuilder custom = new StringBuilder();
    for (int i = 0; i < customFields.size(); i++) {
      custom.append(", c.custom_fields ->> :field").append(i).append(" as field").append(i);
      params.put("field" + i, customFields.get(i).key());
    }
    jdbc.sql(
            """
            select c.id, c.type, c.display_name, c.first_name, c.last_name, c.company_name, c.job_title, c.email,
                   c.phone, c.address_line1, c.address_line2, c.city, c.region, c.postal_code, c.country, c.notes,
                   c.created_at, c.updated_at, c.external_id,
                   (select string_agg((e ->> 'address') || ' (' || coalesce(e ->> 'label', 'other') || ')', '; ' order by n)
                    from jsonb_array_elements(c.other_emails) with ordinality o(e, n)) as other_emails,
                   (select string_agg((p ->> 'number') || ' (' || coalesce(p ->> 'label', 'other') || ')', '; ' order by n)
                    from jsonb_array_elements(c.other_phones) with ordinality o(p, n)) as other_phones,
                   array(select t.name from contact_tags ct join tags t on t.id = ct.tag_id
                         where ct.contact_id = c.id order by lower(t.name)) as tags%s
            from contacts c where %s order by %s limit :limit"""
                .formatted(custom, where, sort.orderBy()))
        .params(params)
        .param("limit", limit)
        .withFetchSize(500)
        .query(
            rs -> {
              List<Object> values = new ArrayList<>(customFields.size());
              for (int i = 0; i < customFields.size(); i++) {
                values.add(customValue(customFields.get(i).type(), rs.getString("field" + i)));
              }
              row.accept(
                  new ExportedContact(
                      ContactHead.of(rs),
                      rs.getString("other_emails"),
                      rs.getString("phone"),
                      rs.getString("other_phones"),
                      rs.getString("address_line1"),
                      rs.getString("address_line2"),
                      rs.getString("city"),
                      rs.getString("region"),
                      rs.getString("postal_code"),
                      rs.getString("country"),
                      List.of((String[]) rs.getArray("tags").getArray()),
                      rs.getString("notes"),
                      values,
                      rs.getTimestamp("created_at").toInstant(),
                      rs.getTimestamp("updated_at").toInstant(),
                      rs.getString("external_id")));
            });
  }

  /**
   * A stored custom value as its type: a number, a date, yes/no; text, or anything unreadable, as
   * the text.
   */
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

  private static String where(ContactFilter filter, boolean trash, Map<String, Object> params) {
    return where(filter, trash, params, INDEXED);
  }

  private static String where(
      ContactFilter filter, boolean trash, Map<String, Object> params, String haystack) {
    List<String> conditions = new ArrayList<>();
    conditions.add("c.tenant_id = :tenant");
    params.put("tenant", CurrentTenant.require());
    if (!haystack.equals(WALKED)) {
      // a walk's scan reads the live contacts' index, which holds no deleted_at
      conditions.add(trash ? "c.deleted_at is not null" : "c.deleted_at is null");
    }
    if (filter.type() != null) {
      conditions.add("c.type = :type");
      params.put("type", filter.type().value());
    }
    if (filter.tag() != null && !filter.tag().isBlank()) {
      conditions.add(
          """
          exists (select 1 from contact_tags ct join tags t on t.id = ct.tag_id
                  where ct.contact_id = c.id and lower(t.name) = lower(:tag))""");
      params.put("tag", filter.tag().strip());
    }
    String q = term(filter);
    if (!q.isEmpty()) {
      String contains = haystack + " like :q escape '\\'";
      if (phoneLike(q)) {
        // Stored phones are E.164, so "(202) 555-0143" is searched as digits, and "020 7946"
        // without its trunk 0.
        String digits = q.replaceAll("\\D", "");
        String national = digits.replaceFirst("^0+", "");
        conditions.add(
            "("
                + contains
                + " or "
                + haystack
                + " like :digits or "
                + haystack
                + " like :national)");
        params.put("digits", "%" + digits + "%");
        params.put("national", "%" + (national.length() >= 3 ? national : digits) + "%");
      } else {
        conditions.add(contains);
      }
      params.put("q", "%" + escapeLike(q) + "%");
    }
    return String.join(" and ", conditions);
  }

  /**
   * The condition that the term starts a word, or null for a term of other than letters, digits and
   * spaces: a phone number, whose digits have no words, or an address part such as "gmail.com",
   * where the trigram index cannot tell "gmail.com" from the words "gmail com" and would have every
   * Gmail user's row read to find none.
   */
  private static String wordStart(
      ContactFilter filter, Map<String, Object> params, String haystack) {
    String q = term(filter);
    if (!WORDS.matcher(q).matches()) {
      return null;
    }
    params.put("wordStart", "% " + escapeLike(q) + "%");
    return haystack + " like :wordStart escape '\\'";
  }

  /**
   * The filter with its term folded by the function that folds {@code search_text}, so that
   * "Muller" finds "Müller" and "MÜLLER" alike. It is folded once, here: written into the query,
   * the function would run again for every row a walk in name order reads.
   */
  private ContactFilter folded(ContactFilter filter) {
    if (filter.q() == null || filter.q().isBlank()) {
      return filter;
    }
    String folded =
        jdbc.sql("select steward_fold(?)").param(filter.q().strip()).query(String.class).single();
    return new ContactFilter(folded, filter.type(), filter.tag());
  }

  private static String term(ContactFilter filter) {
    return filter.q() == null ? "" : filter.q().strip().toLowerCase(Locale.ROOT);
  }

  private static boolean phoneLike(String q) {
    String digits = q.replaceAll("\\D", "");
    return PHONE_LIKE.matcher(q).matches() && digits.length() >= 3 && !digits.equals(q);
  }

  /** Whether {@code q} is long enough for the trigram index (three characters or more). */
  static boolean trigramSearchable(ContactFilter filter) {
    return filter.q() != null && filter.q().strip().length() >= 3;
  }

  private static String escapeLike(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
