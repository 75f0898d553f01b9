package dev.steward.spreadsheets.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects one row's cells by column, filling skipped (blank) cells with empty strings, and counts
 * their text.
 */
final class XlsxRows implements XSSFSheetXMLHandler.SheetContentsHandler {

  private final RowSink sink;
  private final ReadLimits limits;
  private final ReadBudget budget;
  private final LongSupplier sheetBytes;
  private final List<String> cells = new ArrayList<>();
  private int rowNumber;
  private boolean anyValue;

  XlsxRows(RowSink sink, ReadBudget budget, LongSupplier sheetBytes) {
    this.sink = sink;
    this.budget = budget;
    this.limits = budget.limits();
    this.sheetBytes = sheetBytes;
  }

  @Override
  public void startRow(int rowNum) {
    rowNumber = rowNum + 1;
    limits.checkRow(rowNumber);
    cells.clear();
    anyValue = false;
  }

  @Override
  public void endRow(int rowNum) {
    budget.endRow();
    budget.checkExpansion(sheetBytes.getAsLong(), rowNumber);
    if (anyValue) {
      sink.row(rowNum + 1, new ArrayList<>(cells));
    }
  }

  @Override
  public void cell(String reference, String formattedValue, XSSFComment comment) {
    int column = reference == null ? cells.size() : new CellReference(reference).getCol();
    limits.checkColumn(column);
    while (cells.size() < column) {
      cells.add("");
    }
    String value = formattedValue == null ? "" : formattedValue;
    budget.cell(rowNumber, column, value.length());
    cells.add(value);
    if (!value.isBlank()) {
      anyValue = true;
    }
  }
}
