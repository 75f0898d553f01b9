package dev.steward.spreadsheets.read;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell values as an import wants them, whatever the cell's display format: dates as ISO dates
 * ({@code 2024-03-01}, or {@code 2024-03-01T09:30} with a time), numbers in plain digits (a phone
 * stored as a number stays {@code 14155550123}, never {@code 1.41556E+10}).
 */
final class CellValues extends DataFormatter {

  private final boolean date1904;

  CellValues() {
    this(false);
  }

  /**
   * @param date1904 whether the workbook counts its dates from 1904 ({@code workbookPr date1904})
   */
  CellValues(boolean date1904) {
    this.date1904 = date1904;
  }

  // POI's sheet handler asks without the workbook's date system; the workbook's own answer is given
  // here.
  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    return formatRawCellContents(value, formatIndex, formatString, date1904);
  }

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
      return isoDate(DateUtil.getLocalDateTime(value, use1904Windowing));
    }
    return plainNumber(value);
  }

  static String isoDate(LocalDateTime dateTime) {
    return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? dateTime.toLocalDate().toString()
        : dateTime.withNano(0).toString();
  }

  static String plainNumber(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "0" : plain;
  }
}
