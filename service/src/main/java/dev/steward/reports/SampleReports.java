package dev.steward.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Made-up reports with longer lists than the templates' samples, to try a template's layout. */
final class SampleReports {

  private SampleReports() {}

  static CampaignReport campaign() {
    var figures = MemberFigures.of(60, 20, 40, 15, 10, true);
    return new CampaignReport(
        UUID.randomUUID(),
        "Sample campaign",
        "mail",
        "sent",
        LocalDate.now().minusDays(90),
        true,
        figures,
        Map.of(),
        figures.responseRate(),
        figures.conversionRate(),
        BigDecimal.TEN,
        time(),
        weeks(),
        results(List.of("individual", "business", "estate")),
        results(List.of("mail")),
        Definitions.TEXT);
  }

  static PortfolioReport portfolio() {
    var figures = MemberFigures.of(600, 200, 400, 150, 100, true);
    var lines = new ArrayList<PortfolioReport.Line>();
    for (int i = 0; i < 60; i++) {
      lines.add(
          new PortfolioReport.Line(
              UUID.randomUUID(),
              "Campaign " + i,
              "email",
              "sent",
              LocalDate.now().minusDays(i),
              figures,
              BigDecimal.ONE));
    }
    return new PortfolioReport(
        LocalDate.now().minusYears(1),
        LocalDate.now(),
        lines,
        60,
        0,
        figures,
        MemberFigures.NONE,
        time(),
        results(List.of("email", "phone", "mail")),
        results(List.of("individual", "business", "estate")),
        weeks(),
        Definitions.TEXT);
  }

  static void members(int count, java.util.function.Consumer<MemberRow> row) {
    for (int i = 0; i < count; i++) {
      row.accept(
          new MemberRow(
              "Member " + i,
              "individual",
              null,
              "m" + i + "@example.com",
              null,
              null,
              LocalDate.now(),
              "responded",
              Instant.now(),
              3,
              "manual"));
    }
  }

  private static TimeToResponse time() {
    var bars = new ArrayList<TimeToResponse.Bar>();
    for (int day = 0; day <= TimeToResponse.LAST_DAY; day++) {
      bars.add(new TimeToResponse.Bar(Integer.toString(day), day % 5));
    }
    bars.add(new TimeToResponse.Bar(TimeToResponse.LATER, 2));
    return new TimeToResponse(60, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, bars);
  }

  private static Map<String, Long> weeks() {
    var weeks = new LinkedHashMap<String, Long>();
    LocalDate monday = AnalyticsQueries.monday(LocalDate.now()).minusWeeks(60);
    for (int i = 0; i < 60; i++) {
      weeks.put(monday.plusWeeks(i).toString(), (long) (i % 7));
    }
    return weeks;
  }

  private static Map<String, Results> results(List<String> keys) {
    var results = new LinkedHashMap<String, Results>();
    keys.forEach(key -> results.put(key, Results.of(20, 5, 15, 5, 3)));
    return results;
  }
}
