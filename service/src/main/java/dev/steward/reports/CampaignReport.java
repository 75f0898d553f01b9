package dev.steward.reports;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * The effectiveness of one campaign. Rates are decimals with four places (0.25 means 25%).
 * {@code medianDaysToResponse} runs from the send date (or, without one, from when the member was added) to the
 * response, with one decimal; null while nobody has responded. {@code responsesPerWeek} lists only weeks with
 * responses, keyed by their Monday (UTC).
 */
public record CampaignReport(
    UUID campaignId,
    String name,
    Map<String, Long> membersByStatus,
    BigDecimal responseRate,
    BigDecimal conversionRate,
    BigDecimal medianDaysToResponse,
    Map<String, Long> responsesPerWeek,
    Map<String, Results> resultsByContactType) {}
