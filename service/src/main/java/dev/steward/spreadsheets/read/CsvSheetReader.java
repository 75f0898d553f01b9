package dev.steward.spreadsheets.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV file with FastCSV after sniffing its encoding (a BOM for UTF-8 or UTF-16, else UTF-8 when every byte
 * decodes as UTF-8, else Windows-1252, which is what Excel writes on Western Windows) and its delimiter (comma,
 * semicolon or tab, whichever the header row holds most of outside quotes).
 */
final class CsvSheetReader {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CsvSheetReader() {}

  /** The encoding and delimiter a file was read with. */
  record Dialect(Charset charset, int bomLength, char delimiter) {}

  static Dialect sniff(Path file) throws IOException {
    byte[] head = new byte[64 * 1024];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    }
    Charset charset;
    int bom = 0;
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      charset = StandardCharsets.UTF_8;
      bom = 3;
    } else if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      bom = 2;
    } else if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      bom = 2;
    } else {
      charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }
    String text = new String(head, bom, length - bom, charset);
    return new Dialect(charset, bom, delimiterOf(text));
  }

  /**
   * FastCSV holds a field, and a record, whole before handing them on, so its own bounds are set to the budget's: a
   * line of hundreds of megabytes without a newline stops at the first field or row past its bound, having held no
   * more than that.
   */
  static void read(Path file, RowSink sink, ReadBudget budget) throws IOException {
    var limits = budget.limits();
    Dialect dialect = sniff(file);
    int rowNumber = 0;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      raw.skipNBytes(dialect.bomLength());
      var reader = CsvReader.builder()
          .fieldSeparator(dialect.delimiter())
          .skipEmptyLines(false)
          .allowExtraFields(true)
          .allowMissingFields(true)
          .allowExtraCharsAfterClosingQuote(true)
          // A quoted field doubles its quotes; the parser also needs room to read the next block.
          .maxBufferSize(2 * limits.maxCellChars() + 2 + 16_384)
          .build(CsvRecordHandler.builder()
              .maxFields(limits.maxColumns())
              .maxFieldSize(limits.maxCellChars())
              .maxRecordSize(limits.maxRowChars())
              .build(), new InputStreamReader(raw, dialect.charset()));
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
    } catch (CsvParseException e) {
      throw refusal(e, rowNumber + 1, limits);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static final Pattern FIELD_INDEX = Pattern.compile("Field at index (\\d+)");

  /** FastCSV's refusal, told from its message (each of its bounds words its own), as the import words it. */
  static UnreadableFileException refusal(CsvParseException e, int rowNumber, ReadLimits limits) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("max field size")) {
        Matcher index = FIELD_INDEX.matcher(message);
        return TooMuchTextException.cell(limits.maxCellChars(), rowNumber,
            index.find() ? Integer.parseInt(index.group(1)) : -1);
      }
      if (message.contains("maximum buffer size")) {
        return TooMuchTextException.unclosedQuote(limits.maxCellChars(), rowNumber);
      }
      if (message.contains("max record size")) {
        return TooMuchTextException.row(limits.maxRowChars(), rowNumber);
      }
      if (message.contains("maximum limit of") && message.contains("fields")) {
        return new UnreadableFileException("too-many-columns", "The sheet has more than " + limits.maxColumns()
            + " columns. Remove the columns you do not need.", e);
      }
    }
    return new UnreadableFileException("malformed-csv", "The CSV file could not be read: " + e.getMessage(), e);
  }

  private static boolean blank(List<String> fields) {
    for (String field : fields) {
      if (!field.isBlank()) {
        return false;
      }
    }
    return true;
  }

  // The whole file is checked: Windows-1252 accents often first appear far below the header.
  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (var channel = Files.newByteChannel(file)) {
      while (channel.read(in) >= 0) {
        in.flip();
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
          return false;
        }
        out.clear();
        in.compact();
      }
      in.flip();
      return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError();
    }
  }

  static char delimiterOf(String text) {
    char[] candidates = {',', ';', '\t'};
    int[] counts = new int[candidates.length];
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (counts[0] + counts[1] + counts[2] > 0) {
          break;
        }
      } else if (!quoted) {
        for (int k = 0; k < candidates.length; k++) {
          if (c == candidates[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 0;
    for (int k = 1; k < candidates.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return candidates[best];
  }

}
