package dev.steward.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The firm-wide figures of the web dashboard. Rates are decimals with four places (0.25 means 25%), 0 when there are
 * no members. {@code responsesPerWeek} covers the last 12 ISO weeks, oldest first, keyed by the Monday (UTC).
 */
public record DashboardReport(
    Map<String, Long> contactsByType,
    Map<String, Long> campaignsByStatus,
    Totals totals,
    BigDecimal responseRate,
    BigDecimal conversionRate,
    List<RecentResponse> recentResponses,
    Map<String, Results> resultsByChannel,
    Map<String, Results> resultsByContactType,
    Map<String, Long> responsesPerWeek) {

  /** Campaign members over all live campaigns; {@code responded} counts every status but pending. */
  public record Totals(long members, long responded, long converted, long notInterested, long pending) {}

  /** One of the latest responses. */
  public record RecentResponse(
      UUID contactId, String contactName, UUID campaignId, String campaignName, String status, Instant responseDate) {}
}
