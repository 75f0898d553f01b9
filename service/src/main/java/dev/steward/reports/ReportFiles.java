package dev.steward.reports;

import dev.steward.platform.SafeNames;
import dev.steward.tenancy.ReadsFromReplica;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The report files of the current firm, for downloads and for whoever delivers them elsewhere
 * (OneDrive, mail, a schedule). Each call writes a new temporary file; close the {@link ReportFile}
 * to delete it. Calls work within the current tenant: a background job runs them inside {@code
 * CurrentTenant.runAs(firm, ...)}.
 */
@Service
public class ReportFiles {

  private final AnalyticsQueries queries;
  private final PortfolioQueries portfolios;
  private final MemberList members;
  private final ReportTemplates templates;
  private final ReportWriter writer;
  private final ReportPdf pdf;
  private final Clock clock = Clock.systemUTC();
  private final Map<String, Timer> runs;

  ReportFiles(
      AnalyticsQueries queries,
      PortfolioQueries portfolios,
      MemberList members,
      ReportTemplates templates,
      ReportWriter writer,
      ReportPdf pdf,
      ObjectProvider<MeterRegistry> registries) {
    MeterRegistry meters = registries.getIfAvailable(SimpleMeterRegistry::new);
    this.runs =
        Map.of(
            "campaign", runs(meters, "campaign"),
            "portfolio", runs(meters, "portfolio"),
            "campaign-pdf", runs(meters, "campaign-pdf"));
    this.queries = queries;
    this.portfolios = portfolios;
    this.members = members;
    this.templates = templates;
    this.writer = writer;
    this.pdf = pdf;
  }

  /**
   * The campaign workbook, e.g. "Autumn estate-planning letter - report 2026-12-05.xlsx".
   *
   * @throws dev.steward.platform.NotFoundException when the campaign is not a live campaign of the
   *     firm
   */
  @ReadsFromReplica
  public ReportFile campaign(UUID campaignId) {
    return timed("campaign", () -> campaignWorkbook(campaignId));
  }

  private ReportFile campaignWorkbook(UUID campaignId) {
    var report = queries.campaign(campaignId);
    LocalDate today = LocalDate.now(clock);
    try {
      var path =
          writer.campaign(
              templates.current(TemplateKind.CAMPAIGN),
              report,
              today,
              row -> members.forEach(campaignId, row));
      return new ReportFile(
          SafeNames.fileName(report.name() + " - report " + today, "xlsx"), ReportFile.XLSX, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The portfolio workbook of the campaigns from {@code from} to {@code to}, both included. */
  @ReadsFromReplica
  public ReportFile portfolio(LocalDate from, LocalDate to) {
    return timed("portfolio", () -> portfolioWorkbook(from, to));
  }

  private ReportFile portfolioWorkbook(LocalDate from, LocalDate to) {
    var period = ReportPeriod.check(from, to);
    var report = portfolios.portfolio(period.from(), period.to());
    LocalDate today = LocalDate.now(clock);
    try {
      var path = writer.portfolio(templates.current(TemplateKind.PORTFOLIO), report, today);
      return new ReportFile(
          SafeNames.fileName("Campaigns " + from + " to " + to + " - report " + today, "xlsx"),
          ReportFile.XLSX,
          path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The campaign report as a PDF, for those who forward PDFs; it lists the first members, the
   * workbook all.
   */
  @ReadsFromReplica
  public ReportFile campaignPdf(UUID campaignId) {
    return timed("campaign-pdf", () -> campaignPdfFile(campaignId));
  }

  private ReportFile campaignPdfFile(UUID campaignId) {
    var report = queries.campaign(campaignId);
    LocalDate today = LocalDate.now(clock);
    try {
      var path = pdf.campaign(report, today, row -> members.forEach(campaignId, row));
      return new ReportFile(
          SafeNames.fileName(report.name() + " - report " + today, "pdf"), ReportFile.PDF, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Times a report's build for the metrics endpoint ({@code steward.reports.runs}, by kind). */
  private ReportFile timed(String kind, Supplier<ReportFile> build) {
    return runs.get(kind).record(build);
  }

  private static Timer runs(MeterRegistry meters, String kind) {
    return Timer.builder("steward.reports.runs")
        .description("Report files built, downloaded or delivered")
        .tag("kind", kind)
        .register(meters);
  }
}
