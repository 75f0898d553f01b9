/**
 * Spreadsheet import and two-way sync: streaming csv/xlsx/xls readers, header recognition and
 * column mapping, import jobs with a dry-run preview, an all-or-nothing bulk commit (COPY into a
 * staging table, then set-based SQL in one transaction), undo, and sheet links that keep an Excel
 * sheet and the CRM in step. Other features use {@link dev.steward.spreadsheets.Imports} and {@link
 * dev.steward.spreadsheets.ImportEvents}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Spreadsheets",
    allowedDependencies = {"contacts", "identity", "platform", "tenancy"})
package dev.steward.spreadsheets;
