package dev.steward.spreadsheets.read;

/** The most a sheet may hold: Excel's own limits on rows, and a column count no contact list comes near. */
public record ReadLimits(int maxRows, int maxColumns) {

  public static final ReadLimits DEFAULT = new ReadLimits(1_048_576, 1_000);

  void checkRow(int rowNumber) {
    if (rowNumber > maxRows) {
      throw new UnreadableFileException("too-many-rows",
          "The sheet has more than " + maxRows + " rows. Split it into several files.");
    }
  }

  void checkColumn(int columnIndex) {
    if (columnIndex >= maxColumns) {
      throw new UnreadableFileException("too-many-columns",
          "The sheet has more than " + maxColumns + " columns. Remove the columns you do not need.");
    }
  }
}
