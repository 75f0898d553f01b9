package dev.steward.spreadsheets;

import java.util.Locale;
import java.util.Set;

/**
 * Cell values that exports write for "nothing": {@code null}, {@code N/A}, a lone dash, and
 * Outlook's "no date" ({@code 0.0.00}, {@code 00.00.0000}, {@code 1/0/00}). They import as blanks.
 */
final class Placeholders {

  private static final Set<String> EMPTY =
      Set.of(
          "null",
          "n/a",
          "na",
          "-",
          "--",
          "0.0.00",
          "00.00.0000",
          "0/0/00",
          "1/0/00",
          "00/00/0000",
          "0000-00-00",
          "#n/a",
          "none");

  private Placeholders() {}

  static boolean isEmpty(String value) {
    return value.length() <= 10 && EMPTY.contains(value.strip().toLowerCase(Locale.ROOT));
  }
}
