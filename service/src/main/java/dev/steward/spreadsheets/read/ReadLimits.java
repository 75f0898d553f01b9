package dev.steward.spreadsheets.read;

import java.time.Duration;

/**
 * The most one import may hold, whatever its size on disk: Excel's own limits on rows and on the
 * text of a cell, a column count and a row's text no contact list comes near, the text of the whole
 * import, how far an xlsx part may expand when unzipped, and how long reading it may take.
 *
 * @param maxRows rows, the header included
 * @param maxColumns columns
 * @param maxCellChars characters in one cell
 * @param maxRowChars characters in one row, all its cells together
 * @param maxTotalChars characters in the whole import
 * @param maxPartBytes bytes an xlsx's sheet or shared-strings part may expand to
 * @param maxTime how long an import may take to be read and previewed
 */
public record ReadLimits(
    int maxRows,
    int maxColumns,
    int maxCellChars,
    int maxRowChars,
    long maxTotalChars,
    long maxPartBytes,
    Duration maxTime) {

  public static final int EXCEL_CELL_CHARS = 32_767;

  public static final ReadLimits DEFAULT =
      new ReadLimits(
          1_048_576,
          1_000,
          EXCEL_CELL_CHARS,
          100_000,
          200_000_000L,
          2L << 30,
          Duration.ofMinutes(5));

  public ReadLimits {
    if (maxRowChars < maxCellChars) {
      throw new IllegalArgumentException(
          "A row must be allowed at least the characters of one cell: "
              + maxRowChars
              + " < "
              + maxCellChars);
    }
    if (maxTotalChars < maxRowChars) {
      throw new IllegalArgumentException(
          "An import must be allowed at least the characters of one row: "
              + maxTotalChars
              + " < "
              + maxRowChars);
    }
  }

  /** These limits with {@code rows} and {@code columns} instead. */
  public ReadLimits withShape(int rows, int columns) {
    return new ReadLimits(
        rows, columns, maxCellChars, maxRowChars, maxTotalChars, maxPartBytes, maxTime);
  }

  /** A budget for a new import, starting now. */
  public ReadBudget start() {
    return new ReadBudget(this, 0, maxTime);
  }

  void checkRow(int rowNumber) {
    if (rowNumber > maxRows) {
      throw new UnreadableFileException(
          "too-many-rows",
          "The sheet has more than " + maxRows + " rows. Split it into several files.");
    }
  }

  void checkColumn(int columnIndex) {
    if (columnIndex >= maxColumns) {
      throw new UnreadableFileException(
          "too-many-columns",
          "The sheet has more than "
              + maxColumns
              + " columns. Remove the columns you do not need.");
    }
  }
}
