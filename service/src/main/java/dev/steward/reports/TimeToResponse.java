package dev.steward.reports;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Days to response (response date − the campaign's send date, in whole days) of the members who
 * responded in a campaign with a send date: how many, the median and quartiles (one decimal; null
 * without responses), and a histogram of one bar per day up to 30 days, then "31+". Responses dated
 * before the send date make a first bar of their own, "before sending".
 */
@NullMarked
public record TimeToResponse(
    long responses,
    @Nullable BigDecimal median,
    @Nullable BigDecimal lowerQuartile,
    @Nullable BigDecimal upperQuartile,
    List<Bar> histogram) {

  static final int LAST_DAY = 30;
  static final String BEFORE_SENDING = "before sending";
  static final String LATER = "31+";

  /**
   * One bar: the days (a number, "31+" or "before sending") and how many responded after that many
   * days.
   */
  @NullMarked
  public record Bar(String days, long responses) {}
}
