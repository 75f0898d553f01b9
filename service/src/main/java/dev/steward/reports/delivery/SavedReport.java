package dev.steward.reports.delivery;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A report saved into the user's OneDrive.
 *
 * @param fileName the file's name there (OneDrive renames it around a file of the same name, "Name
 *     1.xlsx")
 * @param webUrl where it opens in the browser
 * @param folder the folder it went into, from the top of the user's OneDrive
 * @param size its size in bytes
 */
@NullMarked
public record SavedReport(String fileName, @Nullable String webUrl, String folder, long size) {}
