package dev.steward.spreadsheets;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Which of a sheet's first rows is its header, told by content: exports often carry lines above it
 * (LinkedIn's "Notes:" paragraph, a report's title and date, a merged title cell, blank lines). The
 * header is the row that names most columns Steward recognises; when no row names two, the first
 * row that is as wide as the rows below it and holds only distinct labels, not numbers or dates.
 */
final class HeaderRow {

  /** Rows looked at before the header is chosen. */
  static final int LOOK_AHEAD = 30;

  private HeaderRow() {}

  /** The index, among {@code rows} (a sheet's first non-empty rows), of the header row. */
  static int choose(List<List<String>> rows) {
    int best = -1;
    int bestRecognised = 1;
    for (int i = 0; i < rows.size(); i++) {
      int recognised = recognised(rows.get(i));
      if (recognised > bestRecognised) {
        best = i;
        bestRecognised = recognised;
      }
    }
    if (best >= 0) {
      return best;
    }
    int widest = 0;
    for (var row : rows) {
      widest = Math.max(widest, filled(row));
    }
    for (int i = 0; i < rows.size(); i++) {
      var row = rows.get(i);
      if (filled(row) >= Math.max(2, (widest + 1) / 2) && labels(row)) {
        return i;
      }
    }
    return 0;
  }

  /**
   * How much a sheet's first rows look like contacts: the most recognised headers any one of them
   * has.
   */
  static int contactLikeness(List<List<String>> rows) {
    int most = 0;
    for (var row : rows) {
      most = Math.max(most, recognised(row));
    }
    return most;
  }

  static int recognised(List<String> row) {
    int count = 0;
    var fields = new HashSet<ImportField>();
    for (String cell : row) {
      if (cell != null && cell.length() <= 80) {
        var match = HeaderSynonyms.match(cell);
        if (match != null) {
          count++;
          fields.add(match.field());
        }
      }
    }
    // A row of "Email" values three times counts less than a row naming three different things.
    return Math.min(count, fields.size() * 2);
  }

  private static int filled(List<String> row) {
    int count = 0;
    for (String cell : row) {
      if (cell != null && !cell.isBlank()) {
        count++;
      }
    }
    return count;
  }

  /** Every filled cell is a short, distinct label: not a number, a date or an email. */
  private static boolean labels(List<String> row) {
    var seen = new HashSet<String>();
    for (String cell : row) {
      if (cell == null || cell.isBlank()) {
        continue;
      }
      String text = cell.strip();
      if (text.length() > 60
          || text.matches("[-+0-9.,/: ]+")
          || text.contains("@")
          || !seen.add(text.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
