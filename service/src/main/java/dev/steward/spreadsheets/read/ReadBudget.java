package dev.steward.spreadsheets.read;

import java.time.Duration;

/**
 * What one import may still read: its text, counted cell by cell as it is read (a shared string
 * that a thousand cells refer to counts a thousand times), and its time. Each cell costs an
 * addition and three comparisons; the clock is looked at every {@value #ROWS_PER_CLOCK} rows and
 * when a reader asks.
 */
public final class ReadBudget {

  /**
   * Characters a workbook may show for each byte of its sheet (or of an xls file), once it has
   * shown {@link #EXPANSION_FLOOR}: only cells that repeat long shared strings go past it, as a
   * file built to expand does. A contact list shows a few characters a byte (its cells' markup
   * weighs more than short names and addresses), and even one whose every row repeats a
   * 2,000-character text stays under it.
   */
  static final int EXPANSION = 64;

  static final long EXPANSION_FLOOR = 1 << 24;

  private static final int ROWS_PER_CLOCK = 256;

  private final ReadLimits limits;
  private final long deadline;
  private final long total;
  private long spent;
  private long rowStart;
  private int rowsSinceClock;

  /**
   * @param spent characters an earlier part of the same import already read (chunks of rows posted
   *     before)
   * @param timeLeft how long reading may still take from now
   */
  public ReadBudget(ReadLimits limits, long spent, Duration timeLeft) {
    this.limits = limits;
    this.total = limits.maxTotalChars();
    this.spent = spent;
    this.rowStart = spent;
    this.deadline = System.nanoTime() + Math.max(0, timeLeft.toNanos());
    checkTime();
  }

  public ReadLimits limits() {
    return limits;
  }

  /** Characters read so far, earlier parts of the import included. */
  public long spent() {
    return spent;
  }

  /**
   * A cell of {@code length} characters in row {@code rowNumber} (the first row is 1), column
   * {@code column}.
   */
  public void cell(int rowNumber, int column, int length) {
    if (length > limits.maxCellChars()) {
      throw TooMuchTextException.cell(limits.maxCellChars(), rowNumber, column);
    }
    spent += length;
    if (spent - rowStart > limits.maxRowChars()) {
      throw TooMuchTextException.row(limits.maxRowChars(), rowNumber);
    }
    if (spent > total) {
      throw TooMuchTextException.total(total, rowNumber);
    }
  }

  /**
   * Refuses a workbook that has shown more than {@value #EXPANSION} characters a byte of {@code
   * sourceBytes} (its sheet read so far, or the whole xls), once past {@link #EXPANSION_FLOOR}
   * characters. Such a file is refused in a fraction of a second rather than after copying the
   * import's whole bound of text; one that keeps under it still meets that bound.
   */
  void checkExpansion(long sourceBytes, int rowNumber) {
    if (spent > EXPANSION_FLOOR && spent > EXPANSION * Math.max(1, sourceBytes)) {
      throw TooMuchTextException.expansion(EXPANSION, spent, sourceBytes, rowNumber);
    }
  }

  /** The row's cells are all counted; every so many rows, the clock is looked at. */
  public void endRow() {
    rowStart = spent;
    if (++rowsSinceClock == ROWS_PER_CLOCK) {
      rowsSinceClock = 0;
      checkTime();
    }
  }

  /**
   * The text of a workbook's shared-strings table so far: Excel keeps only strings that cells use,
   * so a table with more text than the whole import may hold is refused before any row is read.
   */
  void checkSharedText(long chars) {
    if (chars > total) {
      throw TooMuchTextException.sharedStrings(total);
    }
  }

  /**
   * @throws UnreadableFileException {@code upload-timeout} once the time is up
   */
  public void checkTime() {
    if (System.nanoTime() - deadline >= 0) {
      throw UnreadableFileException.timedOut(limits.maxTime());
    }
  }

  /** The time left, never negative. */
  public Duration timeLeft() {
    return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
  }
}
