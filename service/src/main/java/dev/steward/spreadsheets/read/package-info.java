/** Streaming readers for csv, xlsx, xls, ods and vCard files, and the reasons a file is refused. */
package dev.steward.spreadsheets.read;
