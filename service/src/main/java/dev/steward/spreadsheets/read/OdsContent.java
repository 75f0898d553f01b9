package dev.steward.spreadsheets.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams an OpenDocument spreadsheet's {@code content.xml} table by table, one row at a time.
 * Repeated rows and cells ({@code number-rows-repeated}, {@code number-columns-repeated}) are
 * expanded only when they hold a value, and only after the limits on rows and columns allow the
 * whole run: LibreOffice writes a sheet's empty remainder as one row repeated a million times. A
 * merged area's covered cells are blank, as in an xlsx; comments ({@code office:annotation}) and
 * the text of shapes anchored to a cell ({@code draw:}) are not cell text.
 */
final class OdsContent extends DefaultHandler {

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

  /** Where a row number stops counting: past any sheet, and far from overflowing. */
  private static final long LAST_ROW = Integer.MAX_VALUE;

  /** What to do with each table's rows, as the tables come. */
  interface Tables {
    /**
     * @return where the table's rows go, or null to only count them
     */
    Reading start(String name, boolean hidden);

    /**
     * @param rows the number of the table's last row that holds something (0 when none)
     */
    void end(String name, boolean hidden, int rows);
  }

  /**
   * Rows of one table for {@code sink}, their text counted by {@code budget}, up to {@code maxRows}
   * of them (the rest are only counted).
   */
  record Reading(RowSink sink, ReadBudget budget, int maxRows) {}

  private final Tables tables;
  private final LongSupplier contentBytes;
  private final Set<String> hiddenStyles = new HashSet<>();
  private final List<String> cells = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  private String styleName;
  private String table;
  private boolean hidden;
  private Reading reading;
  private int emitted;
  private long rowNumber;
  private int lastRowWithContent;

  private long rowRepeat;
  private boolean rowHasContent;
  private long pendingEmpty;
  private int rowChars;

  private boolean inCell;
  private boolean covered;
  private long cellRepeat;
  private String valueType;
  private String value;
  private int paragraphs;
  private int paragraphDepth;
  private int notCellTextDepth;
  private int tableDepth;

  OdsContent(Tables tables, LongSupplier contentBytes) {
    this.tables = tables;
    this.contentBytes = contentBytes;
  }

  private boolean reading() {
    return reading != null && emitted < reading.maxRows();
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    if (notCellTextDepth > 0) {
      notCellTextDepth++;
      return;
    }
    if (STYLE.equals(uri)) {
      startStyle(local, atts);
    } else if (TABLE.equals(uri) && local.equals("table") && ++tableDepth > 1) {
      // A table inside a cell: its rows are not the sheet's.
    } else if (TABLE.equals(uri) && tableDepth <= 1) {
      startTable(local, atts);
    } else if (inCell && (DRAW.equals(uri) || (OFFICE.equals(uri) && local.equals("annotation")))) {
      notCellTextDepth = 1;
    } else if (TEXT.equals(uri) && inCell && !covered) {
      rowHasContent = true;
      if (reading()) {
        startText(local, atts);
      }
    }
  }

  private void startStyle(String local, Attributes atts) {
    if (local.equals("style")) {
      styleName = atts.getValue(STYLE, "name");
    } else if (local.equals("table-properties")
        && "false".equals(atts.getValue(TABLE, "display"))
        && styleName != null) {
      hiddenStyles.add(styleName);
    }
  }

  private void startTable(String local, Attributes atts) {
    switch (local) {
      case "table" -> {
        table = atts.getValue(TABLE, "name");
        hidden = hiddenStyles.contains(atts.getValue(TABLE, "style-name"));
        reading = tables.start(table, hidden);
        emitted = 0;
        rowNumber = 0;
        lastRowWithContent = 0;
      }
      case "table-row" -> {
        rowRepeat = repeat(atts.getValue(TABLE, "number-rows-repeated"));
        rowHasContent = false;
        pendingEmpty = 0;
        rowChars = 0;
        cells.clear();
      }
      case "table-cell", "covered-table-cell" -> {
        inCell = true;
        covered = local.equals("covered-table-cell");
        cellRepeat = repeat(atts.getValue(TABLE, "number-columns-repeated"));
        valueType = covered ? null : atts.getValue(OFFICE, "value-type");
        value = valueOf(valueType, atts);
        rowHasContent |= valueType != null;
        paragraphs = 0;
        paragraphDepth = 0;
        text.setLength(0);
      }
      default -> {}
    }
  }

  private void startText(String local, Attributes atts) {
    switch (local) {
      case "p", "h" -> {
        if (paragraphDepth++ == 0 && paragraphs++ > 0) {
          append("\n");
        }
      }
      case "s" -> {
        long spaces = Math.max(1, repeat(atts.getValue(TEXT, "c")));
        guardCell(spaces);
        text.append(" ".repeat((int) spaces));
      }
      case "tab" -> append("\t");
      case "line-break" -> append("\n");
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inCell && !covered && notCellTextDepth == 0 && paragraphDepth > 0 && reading()) {
      guardCell(length);
      text.append(ch, start, length);
    }
  }

  private void append(String s) {
    guardCell(s.length());
    text.append(s);
  }

  /** Refuses a cell's text past a cell's limit before it is held, however it is written. */
  private void guardCell(long more) {
    ReadLimits limits = reading.budget().limits();
    if (text.length() + more > limits.maxCellChars()) {
      throw TooMuchTextException.cell(
          limits.maxCellChars(),
          firstRowNumber(),
          (int) Math.min(cells.size() + pendingEmpty, Integer.MAX_VALUE));
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (notCellTextDepth > 0) {
      notCellTextDepth--;
      return;
    }
    if (TEXT.equals(uri) && (local.equals("p") || local.equals("h")) && paragraphDepth > 0) {
      paragraphDepth--;
    }
    if (STYLE.equals(uri) && local.equals("style")) {
      styleName = null;
    }
    if (!TABLE.equals(uri) || (local.equals("table") && --tableDepth > 0) || tableDepth > 1) {
      return;
    }
    switch (local) {
      case "table-cell", "covered-table-cell" -> {
        inCell = false;
        if (reading()) {
          place(covered ? "" : value != null ? value : text.toString());
        }
      }
      case "table-row" -> endRow();
      case "table" -> {
        tables.end(table, hidden, lastRowWithContent);
        table = null;
        reading = null;
      }
      default -> {}
    }
  }

  /** Puts a cell's value in its columns; a run of blanks waits until a value follows it. */
  private void place(String cell) {
    if (cell.isEmpty()) {
      pendingEmpty = Math.min(pendingEmpty + cellRepeat, Integer.MAX_VALUE);
      return;
    }
    ReadLimits limits = reading.budget().limits();
    long last = cells.size() + pendingEmpty + cellRepeat - 1;
    limits.checkColumn((int) Math.min(last, Integer.MAX_VALUE));
    rowChars += (int) (cell.length() * cellRepeat);
    if (rowChars > limits.maxRowChars()) {
      throw TooMuchTextException.row(limits.maxRowChars(), firstRowNumber());
    }
    for (long i = 0; i < pendingEmpty; i++) {
      cells.add("");
    }
    pendingEmpty = 0;
    for (long i = 0; i < cellRepeat; i++) {
      cells.add(cell);
    }
  }

  private void endRow() {
    if (rowHasContent) {
      lastRowWithContent = (int) Math.min(rowNumber + rowRepeat, Integer.MAX_VALUE);
    }
    if (!reading() || cells.isEmpty()) {
      rowNumber = Math.min(rowNumber + rowRepeat, LAST_ROW);
      return;
    }
    var budget = reading.budget();
    long end = Math.min(rowNumber + rowRepeat, LAST_ROW);
    budget.limits().checkRow((int) Math.min(end, Integer.MAX_VALUE));
    while (rowNumber < end && reading()) {
      int number = (int) ++rowNumber;
      for (int c = 0; c < cells.size(); c++) {
        budget.cell(number, c, cells.get(c).length());
      }
      budget.endRow();
      budget.checkExpansion(contentBytes.getAsLong(), number);
      reading.sink().row(number, new ArrayList<>(cells));
      emitted++;
    }
    rowNumber = end;
  }

  private int firstRowNumber() {
    return (int) Math.min(rowNumber + 1, Integer.MAX_VALUE);
  }

  /**
   * A cell's value as the import wants it, from its typed attributes: plain digits for numbers
   * (percentages and currencies too, as the xlsx reader gives them), ISO dates, TRUE/FALSE; null
   * when the shown text is the value (strings, times, untyped cells, or an attribute that does not
   * parse).
   */
  private static String valueOf(String type, Attributes atts) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "float", "percentage", "currency" -> number(atts.getValue(OFFICE, "value"));
      case "date" -> date(atts.getValue(OFFICE, "date-value"));
      case "boolean" -> "true".equals(atts.getValue(OFFICE, "boolean-value")) ? "TRUE" : "FALSE";
      case "string" -> atts.getValue(OFFICE, "string-value");
      default -> null;
    };
  }

  private static String number(String raw) {
    try {
      String plain = new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
      return plain.equals("-0") ? "0" : plain;
    } catch (NumberFormatException | NullPointerException e) {
      return null;
    }
  }

  private static String date(String raw) {
    try {
      return raw.length() <= 10
          ? LocalDate.parse(raw).toString()
          : CellValues.isoDate(LocalDateTime.parse(raw));
    } catch (DateTimeParseException | NullPointerException e) {
      return null;
    }
  }

  /** A repeat count as written, at least 1; a count past any sheet's size is kept as it is. */
  private static long repeat(String raw) {
    if (raw == null) {
      return 1;
    }
    try {
      return Math.max(1, Long.parseLong(raw.strip()));
    } catch (NumberFormatException e) {
      return raw.strip().matches("\\d+") ? Long.MAX_VALUE / 4 : 1;
    }
  }
}
