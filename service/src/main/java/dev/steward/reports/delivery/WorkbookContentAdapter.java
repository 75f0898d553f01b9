package dev.steward.reports.delivery;

import dev.steward.reports.ReportFile;
import dev.steward.reports.ReportFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The production {@link ScheduledReportContent}: the report workbooks that {@code reports} writes,
 * with their file names and content type. The workbook is read into memory (a 100,000-member report
 * is about 6 MB) so that a failed upload can resume from it, and its temporary file is deleted at
 * once.
 */
@Component
class WorkbookContentAdapter implements ScheduledReportContent {

  private final ReportFiles reports;

  WorkbookContentAdapter(ReportFiles reports) {
    this.reports = reports;
  }

  @Override
  public ScheduledReport portfolio(LocalDate from, LocalDate to) {
    try (ReportFile file = reports.portfolio(from, to)) {
      return read(file);
    }
  }

  @Override
  public ScheduledReport campaign(UUID campaignId) {
    try (ReportFile file = reports.campaign(campaignId)) {
      return read(file);
    }
  }

  private static ScheduledReport read(ReportFile file) {
    try {
      return ScheduledReport.of(
          file.fileName(), file.contentType(), Files.readAllBytes(file.path()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
