package dev.steward.reports.delivery;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Makes the file a scheduled run delivers. It is called by the delivery job with the firm set
 * ({@code CurrentTenant}) and no transaction open, so that it may read the firm's data in its own.
 */
public interface ScheduledReportContent {

  /** The portfolio report of every campaign over {@code from} to {@code to}, both days included. */
  ScheduledReport portfolio(LocalDate from, LocalDate to);

  /** One campaign's report. */
  ScheduledReport campaign(UUID campaignId);
}
