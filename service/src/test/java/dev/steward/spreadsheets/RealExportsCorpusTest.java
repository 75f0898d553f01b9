package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.contacts.PhoneNumbers;
import dev.steward.spreadsheets.read.ReadLimits;
import dev.steward.spreadsheets.read.ReadOptions;
import dev.steward.spreadsheets.read.SheetReader;
import dev.steward.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real-format exports under {@code imports/real/}, each read as an upload reads it
 * (encoding, header row, value-aware mapping, rows mapped onto contacts) and checked against {@code
 * expected.tsv}: the number of records, the field of every column that is imported (every other
 * column must be left out), and spot values.
 */
class RealExportsCorpusTest {

  /** What one file's upload comes to. */
  record Outcome(
      String encoding, int headerRow, List<ColumnMapping> mapping, List<StagedRow> rows) {}

  static Map<String, Map<String, String>> expected() throws IOException {
    Map<String, Map<String, String>> byFile = new TreeMap<>();
    try (InputStream in =
        RealExportsCorpusTest.class.getResourceAsStream("/imports/real/expected.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 3);
        byFile
            .computeIfAbsent(parts[0], f -> new LinkedHashMap<>())
            .put(parts[1], parts[2].replace("\\n", "\n"));
      }
    }
    return byFile;
  }

  static Stream<String> files() throws IOException {
    return expected().keySet().stream();
  }

  static Outcome upload(String name) throws Exception {
    Path file = Files.createTempFile("corpus-", "-" + name);
    file.toFile().deleteOnExit();
    try (var in = RealExportsCorpusTest.class.getResourceAsStream("/imports/real/" + name)) {
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    Constructor<PhoneNumbers> constructor =
        PhoneNumbers.class.getDeclaredConstructor(String.class, Tenants.class);
    constructor.setAccessible(true);
    var phones = constructor.newInstance("US", null);
    var mapping = new ArrayList<ColumnMapping>();
    var rows = new ArrayList<StagedRow>();
    int[] headerRow = {0};
    RowMapper[] mapper = {null};
    var headered =
        new HeaderedRows(
            null,
            new HeaderedRows.Receiver() {
              @Override
              public void header(int rowNumber, List<String> cells, List<List<String>> samples) {
                headerRow[0] = rowNumber;
                mapping.addAll(
                    ColumnValues.check(
                        HeaderSynonyms.detect(HeaderSynonyms.headerNames(cells)), samples));
                mapper[0] = new RowMapper(mapping, Map.of(), phones, "US");
              }

              @Override
              public void row(int rowNumber, List<String> cells) {
                rows.add(mapper[0].map(rowNumber, cells));
              }
            });
    var result =
        SheetReader.read(
            file,
            name,
            headered,
            ReadLimits.DEFAULT.start(),
            new ReadOptions(null, null, HeaderRow::contactLikeness));
    headered.finish();
    return new Outcome(
        result.encoding() == null ? null : result.encoding().name(), headerRow[0], mapping, rows);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsEachExportAsExpected(String name) throws Exception {
    var expected = expected().get(name);
    var outcome = upload(name);

    var imported = new TreeMap<String, String>();
    for (var column : outcome.mapping()) {
      if (column.field() != ImportField.IGNORE) {
        imported.put(column.header(), column.field().value());
      }
    }
    var expectedColumns = new TreeMap<String, String>();
    expected.forEach(
        (key, value) -> {
          if (key.startsWith("column:")) {
            expectedColumns.put(key.substring("column:".length()), value);
          }
        });
    assertThat(imported).as("the columns imported and their fields").isEqualTo(expectedColumns);

    expected.forEach(
        (key, value) -> {
          if (key.equals("records")) {
            assertThat(outcome.rows()).as("records").hasSize(Integer.parseInt(value));
          } else if (key.equals("encoding")) {
            assertThat(outcome.encoding()).as("encoding").isEqualTo(value);
          } else if (key.equals("headerRow")) {
            assertThat(outcome.headerRow()).as("header row").isEqualTo(Integer.parseInt(value));
          } else if (key.startsWith("row")) {
            // rowN.field: the N-th record (1 is the first below the header), as it would be
            // imported
            int dot = key.indexOf('.');
            var row = outcome.rows().get(Integer.parseInt(key.substring(3, dot)) - 1);
            String field = key.substring(dot + 1);
            Object actual =
                switch (field) {
                  case "problems" -> row.reason();
                  case "warnings" -> StagedRow.lines(row.warnings());
                  case "tags" -> String.join(", ", row.tags());
                  default -> row.asMap().get(field);
                };
            assertThat(actual == null ? "" : String.valueOf(actual)).as(key).isEqualTo(value);
          } else if (key.startsWith("note:")) {
            String header = key.substring("note:".length());
            var column =
                outcome.mapping().stream()
                    .filter(c -> c.header().equals(header))
                    .findFirst()
                    .orElseThrow();
            assertThat(column.note()).as(key).startsWith(value);
          }
        });
  }
}
