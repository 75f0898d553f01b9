package dev.steward.contacts;

import static dev.steward.contacts.ContactConditions.INDEXED;
import static dev.steward.contacts.ContactConditions.WALKED;
import static dev.steward.contacts.ContactConditions.where;
import static dev.steward.contacts.ContactConditions.wordStart;
import static dev.steward.contacts.ContactSearch.COLUMNS;
import static dev.steward.contacts.ContactSearch.COUNT_CAP;

import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A search in name order, word-start matches first. How a page is found depends on how common the
 * term is. Up to {@link ContactSearch#COUNT_CAP} matches are gathered through the trigram index and
 * sorted; past that the term is common, and walking the name index (which holds the haystack, so no
 * table row is read) usually meets a page's worth of matches after a few thousand entries. The walk
 * has a budget, since a common term may still sit late in name order (a first name starting with
 * Z): when it runs out, every match is gathered and sorted after all. The count is exact up to the
 * cap, and "1,000+" past it.
 */
final class RankedContactSearch {

  private static final String BY_NAME = " order by c.display_name, c.id";

  /**
   * A walk reads at most this many index entries per row of its page (and at least {@link
   * #MIN_WALK}): a term in one contact of 1,000 fills a page within it, and reading that many
   * entries costs about what gathering and sorting a few thousand matches does. With 5,000 as the
   * floor, common surnames ran out and were gathered (tens of thousands of rows) at twice the time.
   */
  private static final int WALK_BUDGET = 1_000;

  private static final int MIN_WALK = 50_000;

  private final JdbcClient jdbc;
  private final RowMapper<ContactSummary> summary;

  RankedContactSearch(JdbcClient jdbc, RowMapper<ContactSummary> summary) {
    this.jdbc = jdbc;
    this.summary = summary;
  }

  /** The page of a search in name order: see the class comment for how it is found. */
  PageResult<ContactSummary> page(
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
                rows.add(summary.mapRow(rs, 0));
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
                .query(summary)
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
   * The page of a term with more than {@link ContactSearch#COUNT_CAP} matches, found by gathering
   * every match through the trigram index and sorting them: the fallback for terms whose walk ran
   * out.
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
            .query(summary)
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
            .query(summary)
            .list();
    return rows.size() < limit ? Optional.empty() : Optional.of(rows);
  }

  /**
   * How many contacts {@code where} takes, counting no further than one past {@link
   * ContactSearch#COUNT_CAP}.
   */
  long cappedCount(String where, Map<String, Object> params) {
    return jdbc.sql(
            "select count(*) from (select 1 from contacts c where "
                + where
                + " limit :cap) counted")
        .params(params)
        .param("cap", COUNT_CAP + 1)
        .query(Long.class)
        .single();
  }
}
