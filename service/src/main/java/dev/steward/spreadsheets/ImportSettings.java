package dev.steward.spreadsheets;

import dev.steward.spreadsheets.read.ReadLimits;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the spreadsheets feature ({@code steward.import.*}).
 *
 * @param maxFileSize the largest file accepted, answered with 413 above it; also the largest body
 *     of rows posted as JSON, which is parsed in memory
 * @param maxRows the most data rows a sheet may hold (Excel's own limit)
 * @param maxColumns the most columns
 * @param maxCellChars the most characters one cell may hold (Excel's own limit, 32,767)
 * @param maxRowChars the most characters one row may hold, its cells together
 * @param maxTotalChars the most characters of text one import may hold, however small its file: a
 *     cell that refers to a shared string counts that string's length each time
 * @param maxPartSize how large an xlsx's sheet or shared-strings part may be once unzipped
 * @param maxUploadTime how long an import may take from its upload (or its first chunk of rows)
 *     until it is previewed
 * @param commitThreads imports committed at the same time; more wait in a short queue, and past it
 *     are refused
 * @param staleAfter how long a commit may show no sign of life before it counts as left behind by a
 *     stopped instance and is failed; the instance running it shows life every 30 seconds, so at
 *     least a minute
 * @param retention how long a committed import keeps its rows (raw, staged, and the earlier values
 *     undo restores); after it they are removed and the import can no longer be undone
 */
@ConfigurationProperties("steward.import")
record ImportSettings(
    DataSize maxFileSize,
    Integer maxRows,
    Integer maxColumns,
    Integer maxCellChars,
    Integer maxRowChars,
    Long maxTotalChars,
    DataSize maxPartSize,
    Duration maxUploadTime,
    Integer commitThreads,
    Duration staleAfter,
    Duration retention) {

  ImportSettings {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(100) : maxFileSize;
    maxRows = maxRows == null ? 1_048_576 : maxRows;
    maxColumns = maxColumns == null ? 1_000 : maxColumns;
    maxCellChars = maxCellChars == null ? ReadLimits.DEFAULT.maxCellChars() : maxCellChars;
    maxRowChars = maxRowChars == null ? ReadLimits.DEFAULT.maxRowChars() : maxRowChars;
    // A million-row Outlook export holds about 90 million characters.
    maxTotalChars = maxTotalChars == null ? ReadLimits.DEFAULT.maxTotalChars() : maxTotalChars;
    maxPartSize =
        maxPartSize == null ? DataSize.ofBytes(ReadLimits.DEFAULT.maxPartBytes()) : maxPartSize;
    maxUploadTime = maxUploadTime == null ? ReadLimits.DEFAULT.maxTime() : maxUploadTime;
    commitThreads = commitThreads == null ? 2 : commitThreads;
    staleAfter = staleAfter == null ? Duration.ofMinutes(10) : staleAfter;
    retention = retention == null ? Duration.ofDays(90) : retention;
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException(
          "steward.import.retention must be positive; it is " + retention);
    }
    if (staleAfter.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException(
          "steward.import.stale-after must be at least one minute, as running commits"
              + " show life every 30 seconds; it is "
              + staleAfter);
    }
    if (maxCellChars < 1 || maxRowChars < maxCellChars || maxTotalChars < maxRowChars) {
      throw new IllegalArgumentException(
          "steward.import.max-cell-chars ("
              + maxCellChars
              + ") must be at least 1,"
              + " max-row-chars ("
              + maxRowChars
              + ") at least max-cell-chars, and max-total-chars ("
              + maxTotalChars
              + ") at least max-row-chars");
    }
    if (maxUploadTime.isNegative() || maxUploadTime.isZero()) {
      throw new IllegalArgumentException(
          "steward.import.max-upload-time must be positive; it is " + maxUploadTime);
    }
  }

  /** What one import may hold and how long it may take to read; the header row counts as a row. */
  ReadLimits readLimits() {
    return new ReadLimits(
        maxRows + 1,
        maxColumns,
        maxCellChars,
        maxRowChars,
        maxTotalChars,
        maxPartSize.toBytes(),
        maxUploadTime);
  }
}
