package dev.steward.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analytics")
class AnalyticsController {

  private final AnalyticsQueries queries;
  private final PortfolioQueries portfolios;
  private final Clock clock = Clock.systemUTC();

  AnalyticsController(AnalyticsQueries queries, PortfolioQueries portfolios) {
    this.queries = queries;
    this.portfolios = portfolios;
  }

  @GetMapping("/api/analytics/dashboard")
  @Operation(
      summary =
          "Firm-wide figures of campaigns that were sent (drafts counted apart): contacts, campaigns, "
              + "response and conversion rates (0.25 = 25%), time to response, latest responses, results by channel and "
              + "contact type, responses per week over 12 weeks, and the definitions in words")
  DashboardReport dashboard() {
    return queries.dashboard(LocalDate.now(clock));
  }

  @GetMapping("/api/analytics/campaigns/{id}")
  @Operation(
      summary =
          "One campaign's members by status, rates (0.25 = 25%; none for a draft), days to response "
              + "(median, quartiles, histogram), responses per week, results by contact type and channel, and the definitions")
  CampaignReport campaign(@PathVariable UUID id) {
    return queries.campaign(id);
  }

  @GetMapping("/api/reports/portfolio")
  @Operation(
      summary =
          "The campaigns sent (or, without a send date, created) from `from` to `to` side by side, with "
              + "the period's totals; the figures of the portfolio workbook")
  PortfolioReport portfolio(@RequestParam LocalDate from, @RequestParam LocalDate to) {
    var period = ReportPeriod.check(from, to);
    return portfolios.portfolio(period.from(), period.to());
  }
}
