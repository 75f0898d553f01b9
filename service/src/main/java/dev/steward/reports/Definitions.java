package dev.steward.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.NullMarked;

/**
 * The one definition of Steward's campaign numbers (PRODUCT.md, "The numbers"). Every screen and
 * workbook takes its figures from SQL built on these fragments, and shows {@link #TEXT} where a
 * rate appears.
 */
public final class Definitions {

  /** The definitions in words, as the API returns them for a tooltip or footnote. */
  @NullMarked
  public record Text(
      String responded,
      String responseRate,
      String conversionRate,
      String drafts,
      String daysToResponse) {

    /** The definitions as lines of a footnote. */
    public List<String> lines() {
      return List.of(responded, responseRate, conversionRate, drafts, daysToResponse);
    }
  }

  public static final Text TEXT =
      new Text(
          "A member responded when their status is responded, converted or not interested.",
          "Response rate = responded / members of campaigns that were sent.",
          "Conversion rate = converted / members of campaigns that were sent.",
          "Draft campaigns are counted apart and never in a rate.",
          "Days to response = response date − the campaign's send date, in whole days.");

  /** Member statuses that count as having responded. */
  public static final List<String> RESPONDED_STATUSES =
      List.of("responded", "converted", "not_interested");

  /** Campaign statuses of a campaign that was sent: only their members are in a rate. */
  public static final List<String> SENT_STATUSES = List.of("sent", "completed");

  // SQL over campaign_contacts m joined to campaigns k.
  static final String RESPONDED = "m.status in ('responded', 'converted', 'not_interested')";
  static final String SENT = "k.status in ('sent', 'completed')";
  static final String SENT_CAMPAIGN = "(" + SENT + ")";

  /**
   * Whole days from the campaign's send date to the response (UTC calendar days); null without
   * either date.
   */
  static final String DAYS_TO_RESPONSE =
      "((m.response_date at time zone 'UTC')::date - k.send_date)";

  /**
   * Members, pending, responded, converted, not interested: six columns in this order (the first is
   * members).
   */
  static final String COUNTS =
      "count(*), count(*) filter (where m.status = 'pending'), count(*) filter (where "
          + RESPONDED
          + "), count(*) filter (where m.status = 'converted'), count(*) filter (where m.status = "
          + "'not_interested')";

  private Definitions() {}

  /** {@code numerator / denominator} with four decimals; 0 when there is nothing to divide by. */
  static BigDecimal rate(long numerator, long denominator) {
    if (denominator == 0) {
      return BigDecimal.ZERO.setScale(4);
    }
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
  }
}
