package dev.steward.spreadsheets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the spreadsheets feature ({@code steward.import.*}).
 *
 * @param maxFileSize the largest file accepted, answered with 413 above it
 * @param maxRows the most data rows a sheet may hold (Excel's own limit)
 * @param maxColumns the most columns
 * @param commitThreads imports committed at the same time; more wait in a short queue, and past it are refused
 */
@ConfigurationProperties("steward.import")
record ImportSettings(DataSize maxFileSize, Integer maxRows, Integer maxColumns, Integer commitThreads) {

  ImportSettings {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(100) : maxFileSize;
    maxRows = maxRows == null ? 1_048_576 : maxRows;
    maxColumns = maxColumns == null ? 1_000 : maxColumns;
    commitThreads = commitThreads == null ? 2 : commitThreads;
  }
}
