package dev.steward.reports;

import dev.steward.platform.CellText;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes values into cells as the reports need them: numbers as numbers, dates as dates, and text
 * from users always as text, never a formula.
 */
final class CellValues {

  private final XSSFWorkbook book;
  // Keyed by the style's index: an XSSF style's hashCode writes out its XML, far too slow for every
  // cell.
  private final Map<Integer, CellStyle> quoted = new HashMap<>();

  CellValues(XSSFWorkbook book) {
    this.book = book;
  }

  /**
   * Sets a cell: numbers as numbers, dates as dates (the cell's style gives the format), text
   * always as text, never a formula.
   */
  void set(Cell cell, Object value) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
    } else if (value instanceof Instant instant) {
      cell.setCellValue(instant.atOffset(ZoneOffset.UTC).toLocalDateTime());
    } else {
      userText(cell, value.toString());
    }
  }

  /**
   * Writes text from users as a text cell, and marks text that a spreadsheet could take for a
   * formula (starting with =, +, -, @, a tab or a carriage return; {@link
   * CellText#startsLikeFormula}) with the quote prefix, so that editing the cell never turns it
   * into one. Here rather than through {@code CellText.cells}, because the streamed member sheet
   * keeps one quote-prefixed twin of each template style.
   */
  private void userText(Cell cell, String text) {
    cell.setCellValue(text);
    if (CellText.startsLikeFormula(text)) {
      cell.setCellStyle(quotedStyle(cell.getCellStyle()));
    }
  }

  /** The quote-prefixed twin of a style, for the streamed member sheet. */
  private CellStyle quotedStyle(CellStyle style) {
    return quoted.computeIfAbsent(
        style.getIndex() & 0xFFFF,
        index -> {
          var copy = book.createCellStyle();
          copy.cloneStyleFrom(style);
          copy.setQuotePrefixed(true);
          return copy;
        });
  }
}
