package dev.steward.spreadsheets;

import dev.steward.spreadsheets.read.RowSink;
import java.util.ArrayList;
import java.util.List;

/**
 * A sheet's rows as they are read, split into its header and its data rows: the first rows are held
 * until the header is found among them ({@link HeaderRow}), or until the row the user named is
 * reached; rows above the header are left out. The rows below the header that were held are handed
 * on as samples with the header, so that the mapping can look at their values.
 */
final class HeaderedRows implements RowSink {

  /** Receives the header once, then each data row. */
  interface Receiver {

    void header(int rowNumber, List<String> cells, List<List<String>> samples);

    void row(int rowNumber, List<String> cells);
  }

  private final Integer chosenRow;
  private final Receiver receiver;
  private final List<Integer> heldNumbers = new ArrayList<>();
  private final List<List<String>> held = new ArrayList<>();
  private boolean headerFound;

  /**
   * @param chosenRow the header's row number as the user gave it, or null to find it
   */
  HeaderedRows(Integer chosenRow, Receiver receiver) {
    this.chosenRow = chosenRow;
    this.receiver = receiver;
  }

  @Override
  public void row(int rowNumber, List<String> cells) {
    if (headerFound) {
      receiver.row(rowNumber, cells);
      return;
    }
    if (chosenRow != null) {
      if (rowNumber < chosenRow) {
        return;
      }
      if (heldNumbers.isEmpty() && rowNumber > chosenRow) {
        throw new dev.steward.spreadsheets.read.UnreadableFileException(
            "no-header-row",
            "Row " + chosenRow + " is empty; choose the row that holds the column names.");
      }
    }
    heldNumbers.add(rowNumber);
    held.add(cells);
    if (held.size() >= HeaderRow.LOOK_AHEAD) {
      release();
    }
  }

  /** Hands on what is still held; to be called once the sheet is read. */
  void finish() {
    if (!headerFound && !held.isEmpty()) {
      release();
    }
  }

  boolean headerFound() {
    return headerFound;
  }

  private void release() {
    int header = chosenRow != null ? 0 : HeaderRow.choose(held);
    headerFound = true;
    receiver.header(
        heldNumbers.get(header),
        held.get(header),
        List.copyOf(held.subList(header + 1, held.size())));
    for (int i = header + 1; i < held.size(); i++) {
      receiver.row(heldNumbers.get(i), held.get(i));
    }
    held.clear();
    heldNumbers.clear();
  }
}
