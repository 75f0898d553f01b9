package dev.steward.reports.delivery;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The production {@link ScheduledReportContent}: the report workbooks that {@code reports} writes, handed to the
 * delivery as they are. This build has no workbook writer yet, so a run fails with a reason the admin sees in the
 * schedule's runs instead of delivering a file that is not the report. It is the one place to connect the workbook
 * writer to (its portfolio and campaign workbooks, with their file names and content type).
 */
@Component
class WorkbookContentAdapter implements ScheduledReportContent {

  static final String NOT_YET = "Scheduled reports need the report workbooks, which this version of Steward does not"
      + " write yet.";

  @Override
  public ScheduledReport portfolio(LocalDate from, LocalDate to) {
    throw new ReportUnavailableException(NOT_YET);
  }

  @Override
  public ScheduledReport campaign(UUID campaignId) {
    throw new ReportUnavailableException(NOT_YET);
  }
}
