package dev.steward.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/analytics")
@Tag(name = "Analytics")
class AnalyticsController {

  private final AnalyticsQueries queries;
  private final Clock clock = Clock.systemUTC();

  AnalyticsController(AnalyticsQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/dashboard")
  @Operation(summary = "Firm-wide figures: contacts, campaigns, response and conversion rates (0.25 = 25%), "
      + "latest responses, results by channel and contact type, responses per week over 12 weeks")
  DashboardReport dashboard() {
    return queries.dashboard(LocalDate.now(clock));
  }

  @GetMapping("/campaigns/{id}")
  @Operation(summary = "One campaign's members by status, rates (0.25 = 25%), median days to respond, responses per "
      + "week and results by contact type")
  CampaignReport campaign(@PathVariable UUID id) {
    return queries.campaign(id);
  }
}
