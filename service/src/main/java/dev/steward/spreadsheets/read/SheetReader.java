package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one sheet of an uploaded file, whatever its kind, one row at a time. */
public final class SheetReader {

  private SheetReader() {}

  /**
   * What was read: the kind the bytes revealed, the sheet's name (null for CSV), a CSV file's
   * encoding (null for a workbook), and a workbook's sheets.
   */
  public record Result(
      FileKind kind, String sheetName, TextEncoding encoding, java.util.List<SheetInfo> sheets) {}

  /**
   * @param fileName only used to word refusals; the kind comes from the bytes
   * @throws UnreadableFileException for every file that cannot be imported, with the reason
   */
  public static Result read(Path file, String fileName, RowSink sink, ReadLimits limits) {
    return read(file, fileName, sink, limits.start());
  }

  /**
   * Reads within what is left of {@code budget}, which counts the text of every cell read.
   *
   * @throws UnreadableFileException for every file that cannot be imported, with the reason; a
   *     {@link TooMuchTextException} past a bound on text, {@code upload-timeout} when the budget's
   *     time is up
   */
  public static Result read(Path file, String fileName, RowSink sink, ReadBudget budget) {
    return read(file, fileName, sink, budget, ReadOptions.DETECT);
  }

  /**
   * {@link #read(Path, String, RowSink, ReadBudget)} with what the user chose instead of Steward's
   * guesses.
   */
  public static Result read(
      Path file, String fileName, RowSink sink, ReadBudget budget, ReadOptions options) {
    try {
      byte[] head = new byte[4096];
      int length;
      try (InputStream in = Files.newInputStream(file)) {
        length = Math.max(0, in.readNBytes(head, 0, head.length));
      }
      FileKind kind = FileKind.detect(head, length, fileName);
      if (kind == FileKind.XLSX) {
        kind = FileKind.ofZip(file);
      }
      return switch (kind) {
        case XLSX ->
            XlsxSheetReader.read(file, sink, budget, options.sheet(), options.contactLikeness());
        case XLS -> XlsSheetReader.read(file, sink, budget, options.sheet());
        case ODS ->
            OdsSheetReader.read(file, sink, budget, options.sheet(), options.contactLikeness());
        case VCF ->
            new Result(
                kind,
                null,
                VcfSheetReader.read(file, sink, budget, options.encoding()),
                java.util.List.of());
        default ->
            new Result(
                kind,
                null,
                CsvSheetReader.read(file, sink, budget, options.encoding()),
                java.util.List.of());
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
