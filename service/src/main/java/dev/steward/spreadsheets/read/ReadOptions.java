package dev.steward.spreadsheets.read;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * What the user told an upload, where Steward's own guess was wrong, and how to guess.
 *
 * @param encoding a CSV file's charset (such as {@code windows-1251}), or null to detect it
 * @param sheet the workbook sheet to import, by name, or null for the one that looks like contacts
 * @param contactLikeness how much a sheet's first rows look like a list of contacts (0: not at
 *     all), or null to take the active sheet
 */
public record ReadOptions(
    String encoding, String sheet, ToIntFunction<List<List<String>>> contactLikeness) {

  public static final ReadOptions DETECT = new ReadOptions(null, null, null);
}
