package dev.steward.platform;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one helper for cell text from users, used before every xlsx or CSV write ({@link SafeNames}
 * makes the names around it: sheet names, file names and defined names).
 *
 * <p><b>Formula injection.</b> A spreadsheet reads a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula (OWASP, "CSV Injection"). Text from
 * users that starts so is neutralised:
 *
 * <ul>
 *   <li><b>CSV</b> has no cell types, so such a value gets a leading apostrophe ({@code '=1+1}), as
 *       OWASP advises; FastCSV quotes the field when it holds a delimiter, a quote or a line break.
 *   <li><b>xlsx</b>: a string cell, never a formula cell, with a quote-prefixed style: the cell
 *       shows the text as typed, and editing it in Excel (F2, Enter) keeps it text. A string cell
 *       is never evaluated as it is opened; the quote prefix guards the next edit. The value itself
 *       is left as typed rather than given an apostrophe: an apostrophe in an xlsx cell would be
 *       shown and would come back in a re-import, while the quote prefix is what Excel itself
 *       stores when someone types {@code '=1+1} — and what the Excel pane's writes produce.
 * </ul>
 *
 * Only text is neutralised: a number is a number ({@code -2} stays the number -2 in both), so
 * callers pass numbers as numbers and text as text, and the choice follows the value's type, not
 * its look. A phone typed as {@code -2+3} is text and is neutralised.
 */
public final class CellText {

  /** The characters that make a spreadsheet read a cell as a formula. */
  public static final String FORMULA_STARTS = "=+-@\t\r";

  private CellText() {}

  /** Whether a spreadsheet would read this text as a formula. */
  public static boolean startsLikeFormula(CharSequence text) {
    return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * Text for a CSV field: empty for null, and an apostrophe before text that starts like a formula.
   */
  public static String csv(String text) {
    if (text == null) {
      return "";
    }
    return startsLikeFormula(text) ? "'" + text : text;
  }

  /**
   * A value for a CSV field, by its type: numbers as plain numbers (a negative number stays a
   * number), anything else as text through {@link #csv(String)}.
   */
  public static String csv(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof java.math.BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    return csv(value.toString());
  }

  /** Writes cells into one workbook; keep one per workbook. */
  public static Cells cells(Workbook workbook) {
    return new Cells(workbook);
  }

  /**
   * Writes user text into a workbook's cells: always as string cells, quote-prefixed when they
   * start like a formula. The quote-prefixed copy of each style is made once per workbook.
   */
  public static final class Cells {

    private final Workbook workbook;
    private final Map<Short, CellStyle> quoted = new HashMap<>();

    private Cells(Workbook workbook) {
      this.workbook = workbook;
    }

    /** A string cell with {@code text} (nothing for null or empty). */
    public Cell text(Row row, int column, String text) {
      return text(row, column, text, null);
    }

    /** A string cell with {@code text} in {@code style} (or the default style when null). */
    public Cell text(Row row, int column, String text, CellStyle style) {
      Cell cell = row.createCell(column);
      if (text == null || text.isEmpty()) {
        if (style != null) {
          cell.setCellStyle(style);
        }
        return cell;
      }
      cell.setCellValue(text);
      if (startsLikeFormula(text)) {
        cell.setCellStyle(quotePrefixed(style));
      } else if (style != null) {
        cell.setCellStyle(style);
      }
      return cell;
    }

    /** A numeric cell: numbers are never neutralised. */
    public Cell number(Row row, int column, double value, CellStyle style) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value);
      if (style != null) {
        cell.setCellStyle(style);
      }
      return cell;
    }

    private CellStyle quotePrefixed(CellStyle base) {
      short key = base == null ? -1 : base.getIndex();
      return quoted.computeIfAbsent(
          key,
          k -> {
            CellStyle style = workbook.createCellStyle();
            if (base != null) {
              style.cloneStyleFrom(base);
            }
            style.setQuotePrefixed(true);
            return style;
          });
    }
  }
}
