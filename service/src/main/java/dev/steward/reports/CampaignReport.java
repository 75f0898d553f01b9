package dev.steward.reports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * The effectiveness of one campaign, as {@link Definitions} defines it. {@code figures} holds the
 * members by where their response stands and the rates, which are null for a draft ({@code
 * countedInRates} false). Days to response run from the send date; {@code medianDaysToResponse}
 * repeats {@code timeToResponse.median()}. {@code responsesPerWeek} runs from the week of the first
 * response to the week of the last, keyed by the Monday (UTC), with weeks without responses at 0.
 */
@NullMarked
public record CampaignReport(
    UUID campaignId,
    String name,
    @Schema(allowableValues = {"email", "phone", "mail"}) String channel,
    @Schema(allowableValues = {"draft", "sent", "completed"}) String status,
    @Nullable LocalDate sendDate,
    boolean countedInRates,
    MemberFigures figures,
    Map<String, Long> membersByStatus,
    @Nullable BigDecimal responseRate,
    @Nullable BigDecimal conversionRate,
    @Nullable BigDecimal medianDaysToResponse,
    TimeToResponse timeToResponse,
    Map<String, Long> responsesPerWeek,
    Map<String, Results> resultsByContactType,
    Map<String, Results> resultsByChannel,
    Definitions.Text definitions) {}
