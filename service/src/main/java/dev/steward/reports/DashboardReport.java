package dev.steward.reports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;

/**
 * The firm-wide figures of the web dashboard, as {@link Definitions} defines them. {@code totals},
 * the rates, the results by channel and contact type, the time to response and the responses per
 * week cover the members of campaigns that were sent; draft campaigns' members are counted apart in
 * {@code drafts}. Rates are decimals with four places (0.25 means 25%), 0 when there are no
 * members. {@code responsesPerWeek} covers the last 12 ISO weeks, oldest first, keyed by the Monday
 * (UTC).
 */
@NullMarked
public record DashboardReport(
    Map<String, Long> contactsByType,
    Map<String, Long> campaignsByStatus,
    Totals totals,
    Totals drafts,
    BigDecimal responseRate,
    BigDecimal conversionRate,
    TimeToResponse timeToResponse,
    List<RecentResponse> recentResponses,
    Map<String, Results> resultsByChannel,
    Map<String, Results> resultsByContactType,
    Map<String, Long> responsesPerWeek,
    Definitions.Text definitions) {

  /**
   * Campaign members (live contacts of live campaigns); {@code responded} counts every status but
   * pending.
   */
  @NullMarked
  public record Totals(
      long members, long responded, long converted, long notInterested, long pending) {}

  /** One of the latest responses, of any live campaign. */
  @NullMarked
  public record RecentResponse(
      UUID contactId,
      String contactName,
      UUID campaignId,
      String campaignName,
      @Schema(allowableValues = {"pending", "responded", "converted", "not_interested"})
          String status,
      Instant responseDate) {}
}
