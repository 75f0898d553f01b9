package dev.steward.platform.export;

import java.util.function.Function;

/**
 * One column of an export: its heading, its value for a row, and how wide it is. A value's Java
 * type decides how it is written: a {@link Number} as a number, an {@link java.time.Instant} or
 * {@link java.time.LocalDate} as a date, a {@link java.util.Collection} as its items joined with ";
 * ", anything else as text through {@link dev.steward.platform.CellText}.
 *
 * @param width about how many characters wide, for the workbook's column and the PDF's share of the
 *     page
 * @param inPdf whether the PDF shows it; the PDF is for reading, so long or technical columns stay
 *     out
 */
public record ExportColumn<T>(String heading, Function<T, ?> value, int width, boolean inPdf) {

  /** A column shown in every format. */
  public static <T> ExportColumn<T> of(String heading, Function<T, ?> value, int width) {
    return new ExportColumn<>(heading, value, width, true);
  }

  /** A column of the workbook and the CSV only. */
  public static <T> ExportColumn<T> dataOnly(String heading, Function<T, ?> value, int width) {
    return new ExportColumn<>(heading, value, width, false);
  }
}
