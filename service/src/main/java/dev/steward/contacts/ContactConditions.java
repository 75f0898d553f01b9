package dev.steward.contacts;

import dev.steward.tenancy.CurrentTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A contact filter as SQL conditions on {@code contacts c}, with their parameters: the tenant, live
 * or trashed, type, tag and the search term, folded and matched anywhere in {@code search_text} (a
 * phone-like term also on its digits).
 */
final class ContactConditions {

  /**
   * The haystack as the trigram index sees it, and as an expression no index answers, for walks in
   * name order.
   */
  static final String INDEXED = "c.search_text";

  static final String WALKED = "(c.search_text || '')";

  private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]+( [\\p{L}\\p{N}]+)*");
  private static final Pattern PHONE_LIKE = Pattern.compile("^[+\\d\\s().-]+$");

  private ContactConditions() {}

  static String where(ContactFilter filter, boolean trash, Map<String, Object> params) {
    return where(filter, trash, params, INDEXED);
  }

  static String where(
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
  static String wordStart(ContactFilter filter, Map<String, Object> params, String haystack) {
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
  static ContactFilter folded(JdbcClient jdbc, ContactFilter filter) {
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
}
