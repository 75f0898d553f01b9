/**
 * Campaign effectiveness: the one definition of the numbers ({@link
 * dev.steward.reports.Definitions}), computed in SQL over campaigns, their members and contacts,
 * for the dashboard, the campaign pages and list ({@link dev.steward.reports.CampaignFigures}) and
 * the report workbooks and PDF. Reports are written into templates from excel-templates, or a
 * firm's own restyled version; {@link dev.steward.reports.ReportFiles} hands the files to whoever
 * delivers them. Rates are decimals rounded to four places: 0.25 means 25%. Trashed campaigns and
 * trashed contacts count nowhere.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Reports",
    allowedDependencies = {"contacts", "identity", "microsoft", "platform", "tenancy"})
package dev.steward.reports;
