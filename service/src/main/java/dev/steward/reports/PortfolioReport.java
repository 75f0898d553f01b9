package dev.steward.reports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Every live campaign of a period side by side: those sent (or, without a send date, created) from
 * {@code from} to {@code to}, both included, oldest first. The totals, rates, time to response,
 * results by channel and contact type and responses per week cover the campaigns that were sent;
 * drafts are listed, without rates, and counted apart.
 */
@NullMarked
public record PortfolioReport(
    LocalDate from,
    LocalDate to,
    List<Line> campaigns,
    long campaignsSent,
    long draftCampaigns,
    MemberFigures sent,
    MemberFigures drafts,
    TimeToResponse timeToResponse,
    Map<String, Results> resultsByChannel,
    Map<String, Results> resultsByContactType,
    Map<String, Long> responsesPerWeek,
    Definitions.Text definitions) {

  /**
   * One campaign of the period with its figures (rates null for a draft) and median days to
   * response.
   */
  @NullMarked
  public record Line(
      UUID id,
      String name,
      @Schema(allowableValues = {"email", "phone", "mail"}) String channel,
      @Schema(allowableValues = {"draft", "sent", "completed"}) String status,
      @Nullable LocalDate sendDate,
      MemberFigures figures,
      @Nullable BigDecimal medianDaysToResponse) {}
}
