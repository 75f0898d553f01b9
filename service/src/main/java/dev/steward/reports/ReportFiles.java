package dev.steward.reports;

import dev.steward.platform.CellText;
import dev.steward.tenancy.ReadsFromReplica;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
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
  private final MemberList members;
  private final ReportTemplates templates;
  private final ReportWriter writer;
  private final ReportPdf pdf;
  private final Clock clock = Clock.systemUTC();

  ReportFiles(
      AnalyticsQueries queries,
      MemberList members,
      ReportTemplates templates,
      ReportWriter writer,
      ReportPdf pdf) {
    this.queries = queries;
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
          CellText.fileName(report.name() + " - report " + today, "xlsx"), ReportFile.XLSX, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The portfolio workbook of the campaigns from {@code from} to {@code to}, both included. */
  @ReadsFromReplica
  public ReportFile portfolio(LocalDate from, LocalDate to) {
    var period = ReportPeriod.check(from, to);
    var report = queries.portfolio(period.from(), period.to());
    LocalDate today = LocalDate.now(clock);
    try {
      var path = writer.portfolio(templates.current(TemplateKind.PORTFOLIO), report, today);
      return new ReportFile(
          CellText.fileName("Campaigns " + from + " to " + to + " - report " + today, "xlsx"),
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
    var report = queries.campaign(campaignId);
    LocalDate today = LocalDate.now(clock);
    try {
      var path = pdf.campaign(report, today, row -> members.forEach(campaignId, row));
      return new ReportFile(
          CellText.fileName(report.name() + " - report " + today, "pdf"), ReportFile.PDF, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
