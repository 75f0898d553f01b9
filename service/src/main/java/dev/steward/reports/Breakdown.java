package dev.steward.reports;

import static dev.steward.reports.Definitions.COUNTS;
import static dev.steward.reports.Definitions.DAYS_TO_RESPONSE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The members of a scope counted every way a report needs, in one pass over them: by response
 * status, by contact type, by channel, by days to response and by week of response. Each slice
 * carries the counts of {@link Definitions#COUNTS}; the time to response (median, quartiles,
 * histogram) is worked out from the per-day counts, exactly as PostgreSQL's {@code percentile_cont}
 * would over the same days.
 */
final class Breakdown {

  private static final String WEEK =
      "(date_trunc('week', m.response_date at time zone 'UTC'))::date";

  /** Members, pending, responded, converted and not interested of one slice. */
  private record Counts(
      long members, long pending, long responded, long converted, long notInterested) {}

  private final Map<String, Counts> byStatus = new HashMap<>();
  private final Map<String, Counts> byType = new HashMap<>();
  private final Map<String, Counts> byChannel = new HashMap<>();
  private final TreeMap<Integer, Long> byDays = new TreeMap<>();
  private final TreeMap<LocalDate, Long> byWeek = new TreeMap<>();

  private Breakdown() {}

  static Breakdown of(JdbcClient jdbc, MemberScope scope) {
    var breakdown = new Breakdown();
    jdbc.sql(
            """
            with member_facts as (
              select m.status, c.type, k.channel, %s as days, %s as week
              %s)
            select 'status', m.status, %s from member_facts m group by m.status
            union all select 'type', m.type, %5$s from member_facts m group by m.type
            union all select 'channel', m.channel, %5$s from member_facts m group by m.channel
            union all select 'days', m.days::text, %5$s from member_facts m where m.days is not null group by m.days
            union all select 'week', m.week::text, %5$s from member_facts m where m.week is not null group by m.week"""
                .formatted(DAYS_TO_RESPONSE, WEEK, scope.from(), COUNTS, COUNTS))
        .params(scope.params())
        .query(
            rs -> {
              var counts =
                  new Counts(
                      rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
              String key = rs.getString(2);
              switch (rs.getString(1)) {
                case "status" -> breakdown.byStatus.put(key, counts);
                case "type" -> breakdown.byType.put(key, counts);
                case "channel" -> breakdown.byChannel.put(key, counts);
                case "days" -> breakdown.byDays.put(Integer.valueOf(key), counts.members());
                case "week" -> breakdown.byWeek.put(LocalDate.parse(key), counts.members());
                default -> throw new IllegalStateException("unknown slice " + rs.getString(1));
              }
            });
    return breakdown;
  }

  /** How many members stand at each response status, every status listed. */
  Map<String, Long> statusCounts(List<String> statuses) {
    Map<String, Long> counts = new LinkedHashMap<>();
    statuses.forEach(
        status ->
            counts.put(status, byStatus.containsKey(status) ? byStatus.get(status).members() : 0));
    return counts;
  }

  /** All members of the scope, with rates when they are members of campaigns that were sent. */
  MemberFigures figures(boolean sent) {
    long members = 0;
    long pending = 0;
    long responded = 0;
    long converted = 0;
    long notInterested = 0;
    for (var c : byStatus.values()) {
      members += c.members();
      pending += c.pending();
      responded += c.responded();
      converted += c.converted();
      notInterested += c.notInterested();
    }
    return MemberFigures.of(members, pending, responded, converted, notInterested, sent);
  }

  Map<String, Results> byType(List<String> keys) {
    return results(keys, byType);
  }

  Map<String, Results> byChannel(List<String> keys) {
    return results(keys, byChannel);
  }

  private static Map<String, Results> results(List<String> keys, Map<String, Counts> slices) {
    Map<String, Results> results = new LinkedHashMap<>();
    keys.forEach(
        key -> {
          var c = slices.get(key);
          results.put(
              key,
              c == null
                  ? Results.NONE
                  : Results.of(
                      c.members(), c.pending(), c.responded(), c.converted(), c.notInterested()));
        });
    return results;
  }

  /** Median, quartiles and histogram of the days to response. */
  TimeToResponse timeToResponse() {
    long responses = byDays.values().stream().mapToLong(Long::longValue).sum();
    List<TimeToResponse.Bar> bars = new ArrayList<>();
    long before = byDays.headMap(0).values().stream().mapToLong(Long::longValue).sum();
    long later =
        byDays.tailMap(TimeToResponse.LAST_DAY, false).values().stream()
            .mapToLong(Long::longValue)
            .sum();
    if (before > 0) {
      bars.add(new TimeToResponse.Bar(TimeToResponse.BEFORE_SENDING, before));
    }
    int lastDay = byDays.isEmpty() || byDays.lastKey() < 0 ? -1 : byDays.lastKey();
    for (int day = 0; day <= Math.min(lastDay, TimeToResponse.LAST_DAY); day++) {
      bars.add(new TimeToResponse.Bar(Integer.toString(day), byDays.getOrDefault(day, 0L)));
    }
    if (later > 0) {
      bars.add(new TimeToResponse.Bar(TimeToResponse.LATER, later));
    }
    return new TimeToResponse(
        responses,
        percentile(0.5, responses),
        percentile(0.25, responses),
        percentile(0.75, responses),
        List.copyOf(bars));
  }

  /**
   * The continuous percentile of the days, as {@code percentile_cont}: between the two days around
   * position {@code p * (n - 1)} of the sorted days, by linear interpolation; one decimal, null
   * without responses.
   */
  private BigDecimal percentile(double p, long n) {
    if (n == 0) {
      return null;
    }
    double position = p * (n - 1);
    long lower = (long) Math.floor(position);
    double fraction = position - lower;
    int low = dayAt(lower);
    double value = fraction == 0 ? low : low + fraction * (dayAt(lower + 1) - low);
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
  }

  /** The day at a position (from 0) of the sorted days. */
  private int dayAt(long index) {
    long seen = 0;
    for (var day : byDays.entrySet()) {
      seen += day.getValue();
      if (index < seen) {
        return day.getKey();
      }
    }
    return byDays.lastKey();
  }

  /**
   * Responses per week keyed by the Monday, every week from {@code first} to {@code last} at 0 or
   * more; without bounds, from the week of the first response to the week of the last.
   */
  Map<String, Long> weeks(LocalDate first, LocalDate last) {
    Map<String, Long> weeks = new LinkedHashMap<>();
    if (first == null) {
      if (byWeek.isEmpty()) {
        return weeks;
      }
      first = byWeek.firstKey();
      last = byWeek.lastKey();
    }
    for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
      weeks.put(week.toString(), byWeek.getOrDefault(week, 0L));
    }
    return weeks;
  }
}
