package dev.steward.platform.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.steward.platform.CellText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes an export as CSV with FastCSV: UTF-8 with a byte-order mark (without it Excel reads the
 * file as the machine's code page and garbles accents), comma-separated, CRLF line ends. Every text
 * value goes through {@link CellText}.
 */
final class CsvTable {

  private CsvTable() {}

  static <T> Written write(ExportTable<T> table, ExportRows<T> rows, OutputStream out, ZoneId zone)
      throws IOException {
    var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    List<ExportColumn<T>> columns = table.columns();
    long[] count = {0};
    try (var csv = CsvWriter.builder().build(writer)) {
      csv.writeRecord(columns.stream().map(column -> CellText.csv(column.heading())).toList());
      rows.forEach(
          Integer.MAX_VALUE,
          row -> {
            csv.writeRecord(
                columns.stream().map(column -> field(column.value().apply(row), zone)).toList());
            count[0]++;
          });
    }
    return new Written(count[0], false);
  }

  /**
   * A number stays a number (a negative one too); anything else is text, neutralised when it starts
   * like a formula.
   */
  private static String field(Object value, ZoneId zone) {
    return value instanceof Number
        ? ExportValues.text(value, zone)
        : CellText.csv(ExportValues.text(value, zone));
  }
}
