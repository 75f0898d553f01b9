/** Streaming readers for csv, xlsx and xls files, and the reasons a file is refused. */
package dev.steward.spreadsheets.read;
