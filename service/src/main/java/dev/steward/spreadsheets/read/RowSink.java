package dev.steward.spreadsheets.read;

import java.util.List;

/**
 * Receives a sheet's non-empty rows in order, numbered as the sheet numbers them (the first row is
 * 1).
 */
@FunctionalInterface
public interface RowSink {

  void row(int rowNumber, List<String> cells);
}
