package dev.steward.spreadsheets.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV file with FastCSV after sniffing its encoding ({@link TextEncoding}) and its
 * delimiter (comma, semicolon or tab, whichever the first line holds most of outside quotes).
 */
final class CsvSheetReader {

  private CsvSheetReader() {}

  /** The encoding and delimiter a file was read with. */
  record Dialect(TextEncoding encoding, char delimiter) {

    Charset charset() {
      return encoding.charset();
    }

    int bomLength() {
      return encoding.bomLength();
    }
  }

  static Dialect sniff(Path file, String encoding) throws IOException {
    var detected =
        encoding == null || encoding.isBlank()
            ? TextEncoding.detect(file)
            : TextEncoding.chosen(file, TextEncoding.named(encoding));
    byte[] head = new byte[64 * 1024];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(detected.bomLength());
      length = in.readNBytes(head, 0, head.length);
    }
    String text = new String(head, 0, length, detected.charset());
    return new Dialect(detected, delimiterOf(text));
  }

  /**
   * FastCSV holds a field, and a record, whole before handing them on, so its own bounds are set to
   * the budget's: a line of hundreds of megabytes without a newline stops at the first field or row
   * past its bound, having held no more than that.
   */
  static TextEncoding read(Path file, RowSink sink, ReadBudget budget, String encoding)
      throws IOException {
    var limits = budget.limits();
    Dialect dialect = sniff(file, encoding);
    int rowNumber = 0;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      raw.skipNBytes(dialect.bomLength());
      var reader =
          CsvReader.builder()
              .fieldSeparator(dialect.delimiter())
              .skipEmptyLines(false)
              .allowExtraFields(true)
              .allowMissingFields(true)
              .allowExtraCharsAfterClosingQuote(true)
              // A quoted field doubles its quotes; the parser also needs room to read the next
              // block.
              .maxBufferSize(2 * limits.maxCellChars() + 2 + 16_384)
              .build(
                  CsvRecordHandler.builder()
                      .maxFields(limits.maxColumns())
                      .maxFieldSize(limits.maxCellChars())
                      .maxRecordSize(limits.maxRowChars())
                      .build(),
                  new InputStreamReader(raw, dialect.charset()));
      for (var record : reader) {
        rowNumber++;
        limits.checkRow(rowNumber);
        List<String> fields = record.getFields();
        limits.checkColumn(fields.size() - 1);
        for (int i = 0; i < fields.size(); i++) {
          budget.cell(rowNumber, i, fields.get(i).length());
        }
        budget.endRow();
        if (!blank(fields)) {
          sink.row(rowNumber, fields);
        }
      }
      return dialect.encoding();
    } catch (CsvParseException e) {
      throw refusal(e, rowNumber + 1, limits);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static final Pattern FIELD_INDEX = Pattern.compile("Field at index (\\d+)");

  /**
   * FastCSV's refusal, told from its message (each of its bounds words its own), as the import
   * words it.
   */
  static UnreadableFileException refusal(CsvParseException e, int rowNumber, ReadLimits limits) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("max field size")) {
        Matcher index = FIELD_INDEX.matcher(message);
        return TooMuchTextException.cell(
            limits.maxCellChars(), rowNumber, index.find() ? Integer.parseInt(index.group(1)) : -1);
      }
      if (message.contains("maximum buffer size")) {
        return TooMuchTextException.unclosedQuote(limits.maxCellChars(), rowNumber);
      }
      if (message.contains("max record size")) {
        return TooMuchTextException.row(limits.maxRowChars(), rowNumber);
      }
      if (message.contains("maximum limit of") && message.contains("fields")) {
        return new UnreadableFileException(
            "too-many-columns",
            "The sheet has more than "
                + limits.maxColumns()
                + " columns. Remove the columns you do not need.",
            e);
      }
    }
    return new UnreadableFileException(
        "malformed-csv", "The CSV file could not be read: " + e.getMessage(), e);
  }

  private static boolean blank(List<String> fields) {
    for (String field : fields) {
      if (!field.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The candidate that most of the first lines hold equally often: a title or a note above the
   * header holds few or none, a long note in one row may hold many, but the header and the rows
   * below it hold the same number.
   */
  static char delimiterOf(String text) {
    char[] candidates = {',', ';', '\t'};
    List<int[]> lines = new java.util.ArrayList<>();
    int[] counts = new int[candidates.length];
    boolean quoted = false;
    for (int i = 0; i < text.length() && lines.size() < 30; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        lines.add(counts);
        counts = new int[candidates.length];
      } else if (!quoted) {
        for (int k = 0; k < candidates.length; k++) {
          if (c == candidates[k]) {
            counts[k]++;
          }
        }
      }
    }
    lines.add(counts);
    int chosen = 0;
    long chosenScore = -1;
    for (int k = 0; k < candidates.length; k++) {
      var frequency = new java.util.HashMap<Integer, Integer>();
      for (int[] line : lines) {
        if (line[k] > 0) {
          frequency.merge(line[k], 1, Integer::sum);
        }
      }
      long score = 0;
      for (var entry : frequency.entrySet()) {
        score = Math.max(score, (long) entry.getValue() * 100_000 + entry.getKey());
      }
      if (score > chosenScore) {
        chosen = k;
        chosenScore = score;
      }
    }
    return candidates[chosen];
  }
}
