/**
 * Report delivery beyond the download: a firm's schedule (daily, weekly or monthly, at a time of
 * its time zone), the job that finds due schedules firm by firm on db-scheduler and uploads the
 * report into the firm's OneDrive or SharePoint folder as the app (no user is present), and each
 * run's outcome; and "Save to OneDrive", which puts a report into the signed-in user's own OneDrive
 * on their behalf ({@code OneDriveSaves}). What a scheduled report holds comes through {@link
 * dev.steward.reports.delivery.ScheduledReportContent}.
 */
package dev.steward.reports.delivery;
