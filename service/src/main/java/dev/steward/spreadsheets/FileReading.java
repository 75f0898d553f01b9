package dev.steward.spreadsheets;

import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * How an uploaded file was read, so that the preview can say so and the user can change what
 * Steward guessed.
 *
 * @param encoding a CSV file's charset, as it was read (null for a workbook)
 * @param encodingClean whether every byte of the file decoded into a character in that charset
 * @param encodingNote what the user should know about the encoding (a BOM that the bytes
 *     contradicted, characters that could not be read), or null
 * @param headerRowDetected whether Steward found the header row (false when the user chose it)
 * @param sheets a workbook's sheets, with the one imported marked; empty for CSV
 */
@NullMarked
public record FileReading(
    @Nullable String encoding,
    boolean encodingClean,
    @Nullable String encodingNote,
    boolean headerRowDetected,
    List<WorkbookSheet> sheets) {

  /**
   * One sheet of a workbook.
   *
   * @param rows the rows the sheet declares (empty ones included; 0 when it does not say)
   * @param hidden hidden in Excel, so never imported unless picked
   * @param chosen the sheet imported
   */
  @NullMarked
  public record WorkbookSheet(String name, int rows, boolean hidden, boolean chosen) {}
}
