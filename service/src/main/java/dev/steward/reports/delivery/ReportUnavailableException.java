package dev.steward.reports.delivery;

/**
 * The report of a scheduled run cannot be made, for a reason the admin can read in the schedule's
 * runs (the campaign was deleted, the workbooks are not available).
 */
public class ReportUnavailableException extends RuntimeException {

  public ReportUnavailableException(String message) {
    super(message);
  }
}
