/**
 * Lists taken out of the CRM as files: xlsx (streamed with SXSSF), CSV (FastCSV, UTF-8 with a
 * byte-order mark) and PDF (a Thymeleaf template laid out by openhtmltopdf). Features describe the
 * columns and stream the rows; {@link dev.steward.platform.export.Exports} writes the file, makes
 * user text safe through {@link dev.steward.platform.CellText}, and publishes {@link
 * dev.steward.platform.export.DataExported} for the audit log.
 */
package dev.steward.platform.export;
