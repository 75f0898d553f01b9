package dev.steward.spreadsheets.read;

/**
 * One sheet of a workbook, as the preview lists them for the user to pick another.
 *
 * @param name the sheet's name
 * @param rows its rows, as the sheet declares them (an estimate: empty rows count)
 * @param hidden whether Excel hides it (never imported unless picked)
 * @param chosen whether this is the sheet imported
 */
public record SheetInfo(String name, int rows, boolean hidden, boolean chosen) {}
