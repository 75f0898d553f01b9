package dev.steward.spreadsheets;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the spreadsheets feature ({@code steward.import.*}).
 *
 * @param maxFileSize the largest file accepted, answered with 413 above it
 * @param maxRows the most data rows a sheet may hold (Excel's own limit)
 * @param maxColumns the most columns
 * @param commitThreads imports committed at the same time; more wait in a short queue, and past it are refused
 * @param staleAfter how long a commit may show no sign of life before it counts as left behind by a stopped instance
 *     and is failed; the instance running it shows life every 30 seconds, so at least a minute
 */
@ConfigurationProperties("steward.import")
record ImportSettings(DataSize maxFileSize, Integer maxRows, Integer maxColumns, Integer commitThreads,
    Duration staleAfter) {

  ImportSettings {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(100) : maxFileSize;
    maxRows = maxRows == null ? 1_048_576 : maxRows;
    maxColumns = maxColumns == null ? 1_000 : maxColumns;
    commitThreads = commitThreads == null ? 2 : commitThreads;
    staleAfter = staleAfter == null ? Duration.ofMinutes(10) : staleAfter;
    if (staleAfter.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException("steward.import.stale-after must be at least one minute, as running commits"
          + " show life every 30 seconds; it is " + staleAfter);
    }
  }
}
