package dev.steward.spreadsheets.read;

import java.text.NumberFormat;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;

/**
 * An import that holds more text than this installation allows: in one cell, one row, in all, in an
 * xlsx part once unzipped, or shown by a workbook far beyond the size of its sheet. Its {@link
 * #bound()} says which, with the {@link #limit()} and, where it is known, the row and column.
 */
public final class TooMuchTextException extends UnreadableFileException {

  /** Which bound an import went past. */
  public enum Bound {
    CELL,
    ROW,
    TOTAL,
    PART,
    EXPANSION;

    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Bound bound;
  private final long limit;
  private final int row;
  private final String column;

  private TooMuchTextException(Bound bound, long limit, int row, String column, String message) {
    super("too-much-text", message);
    this.bound = bound;
    this.limit = limit;
    this.row = row;
    this.column = column;
  }

  public Bound bound() {
    return bound;
  }

  public long limit() {
    return limit;
  }

  /** The sheet row, the first row being 1; 0 when the text is not in a row. */
  public int row() {
    return row;
  }

  /** The column's letters, or null. */
  public String column() {
    return column;
  }

  static TooMuchTextException cell(int limit, int rowNumber, int column) {
    String letters = column < 0 ? null : CellReference.convertNumToColString(column);
    return new TooMuchTextException(
        Bound.CELL,
        limit,
        rowNumber,
        letters,
        "The cell in row "
            + number(rowNumber)
            + (letters == null ? "" : ", column " + letters)
            + " holds more than "
            + number(limit)
            + " characters"
            + (limit == ReadLimits.EXCEL_CELL_CHARS
                ? ", Excel's own limit for a cell"
                : ", the most a cell may hold here")
            + " (STEWARD_IMPORT_MAX_CELL_CHARS). Nothing was imported.");
  }

  /**
   * A CSV field that runs on past the parser's room for one cell: nearly always a quote that is
   * never closed.
   */
  static TooMuchTextException unclosedQuote(int limit, int rowNumber) {
    return new TooMuchTextException(
        Bound.CELL,
        limit,
        rowNumber,
        null,
        "A cell starting in row "
            + number(rowNumber)
            + " holds more than "
            + number(limit)
            + " characters"
            + (limit == ReadLimits.EXCEL_CELL_CHARS
                ? ", Excel's own limit for a cell"
                : ", the most a cell may hold here")
            + " (STEWARD_IMPORT_MAX_CELL_CHARS),"
            + " or opens a quotation mark that is never closed. Nothing was imported.");
  }

  /**
   * A text of the workbook longer than a cell may be, not (or not yet) in a cell: a shared string,
   * say.
   */
  static TooMuchTextException longText(int limit) {
    return new TooMuchTextException(
        Bound.CELL,
        limit,
        0,
        null,
        "The workbook holds a text of more than "
            + number(limit)
            + " characters, more than a cell may hold (STEWARD_IMPORT_MAX_CELL_CHARS). Nothing was"
            + " imported.");
  }

  static TooMuchTextException row(int limit, int rowNumber) {
    return new TooMuchTextException(
        Bound.ROW,
        limit,
        rowNumber,
        null,
        "Row "
            + number(rowNumber)
            + " holds more than "
            + number(limit)
            + " characters in its cells together, the most a row may hold here"
            + " (STEWARD_IMPORT_MAX_ROW_CHARS). Nothing was imported.");
  }

  static TooMuchTextException total(long limit, int rowNumber) {
    return new TooMuchTextException(
        Bound.TOTAL,
        limit,
        rowNumber,
        null,
        "The import holds more than "
            + number(limit)
            + " characters of text in all, the most one import may hold here"
            + " (STEWARD_IMPORT_MAX_TOTAL_CHARS); reading stopped at row "
            + number(rowNumber)
            + ". Nothing was"
            + " imported. Split the rows into several files.");
  }

  static TooMuchTextException sharedStrings(long limit) {
    return new TooMuchTextException(
        Bound.TOTAL,
        limit,
        0,
        null,
        "The workbook's shared-strings table alone holds"
            + " more than "
            + number(limit)
            + " characters of text, the most one import may hold here"
            + " (STEWARD_IMPORT_MAX_TOTAL_CHARS). Nothing was imported. Split the rows into several files.");
  }

  /** A workbook that shows more than {@code ratio} characters of text a byte of its sheet. */
  static TooMuchTextException expansion(int ratio, long chars, long bytes, int rowNumber) {
    return new TooMuchTextException(
        Bound.EXPANSION,
        ratio,
        rowNumber,
        null,
        "By row "
            + number(rowNumber)
            + " the workbook showed "
            + number(chars)
            + " characters of text from "
            + number(bytes)
            + " bytes of sheet,"
            + " more than "
            + ratio
            + " characters a byte: its cells repeat long shared strings, as a file built to expand"
            + " does and no contact list does. Nothing was imported.");
  }

  static TooMuchTextException tooManyStrings(int limit) {
    return new TooMuchTextException(
        Bound.PART,
        limit,
        0,
        null,
        "The workbook's shared-strings table holds more than "
            + number(limit)
            + " texts, far more than a sheet of contacts needs. Nothing was imported. If the workbook is"
            + " genuine, save it as CSV and import that.");
  }

  /**
   * An xlsx part ({@code what}: "sheet", "shared-strings table") that unzips to more than {@code
   * limit} bytes.
   */
  static TooMuchTextException part(long limit, String what) {
    return new TooMuchTextException(
        Bound.PART,
        limit,
        0,
        null,
        "The workbook's "
            + what
            + " unzips to more than "
            + megabytes(limit)
            + ", the most this installation reads (STEWARD_IMPORT_MAX_PART_SIZE). Nothing was"
            + " imported. If the workbook is genuine, save it as CSV and import that.");
  }

  static String number(long value) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
  }

  private static String megabytes(long bytes) {
    return number(bytes / (1024 * 1024)) + " MB";
  }
}
