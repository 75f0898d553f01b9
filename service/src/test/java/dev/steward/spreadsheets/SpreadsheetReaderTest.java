package dev.steward.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.spreadsheets.read.ReadLimits;
import dev.steward.spreadsheets.read.SheetReader;
import dev.steward.spreadsheets.read.UnreadableFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReaderTest {

  @TempDir Path dir;

  private Map<Integer, List<String>> read(byte[] bytes, String name) throws IOException {
    return read(bytes, name, ReadLimits.DEFAULT);
  }

  private Map<Integer, List<String>> read(byte[] bytes, String name, ReadLimits limits)
      throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    Map<Integer, List<String>> rows = new LinkedHashMap<>();
    SheetReader.read(file, name, (n, cells) -> rows.put(n, new ArrayList<>(cells)), limits);
    return rows;
  }

  @Test
  void refusesTheZipBombFixtureOnlyThroughPoisInflateRatioGuard() throws IOException {
    byte[] bomb = SpreadsheetFixtures.zipBomb();
    assertThatThrownBy(() -> read(bomb, "bomb.xlsx"))
        .isInstanceOfSatisfying(
            UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("zip-bomb"));

    double guard = ZipSecureFile.getMinInflateRatio();
    ZipSecureFile.setMinInflateRatio(0);
    try {
      assertThat(read(bomb, "bomb.xlsx")).as("without the guard: a sound, empty sheet").isEmpty();
    } finally {
      ZipSecureFile.setMinInflateRatio(guard);
    }
  }

  @Test
  void readsCachedFormulaValuesIsoDatesPlainNumbersAndKeepsRowNumbersAcrossEmptyRows()
      throws IOException {
    var rows = read(SpreadsheetFixtures.formulasDatesMerged(), "clients.xlsx");

    assertThat(rows.keySet()).containsExactly(1, 2, 4);
    assertThat(rows.get(1))
        .containsExactly("Full Name", "Company", "Phone", "", "Email", "Birthday", "Score");
    assertThat(rows.get(2))
        .containsExactly(
            "Ada Lovelace", "", "14155550123", "ext. 12", "ada@analytical.org", "1952-03-11", "20");
    assertThat(rows.get(4))
        .containsExactly(
            "Estate of Charles Babbage",
            "",
            "+44 20 7946 0958",
            "",
            "estate@probate.example",
            "",
            "7.5");
  }

  @Test
  void namesBlankAndMergedHeaderCellsByTheirColumnLetter() {
    assertThat(HeaderSynonyms.headerNames(List.of("Full Name", "", " ", "Email")))
        .containsExactly("Full Name", "Column B", "Column C", "Email");
    assertThat(HeaderSynonyms.columnLetter(26)).isEqualTo("AA");
  }

  @Test
  void readsAWindows1252SemicolonCsvAndSkipsItsEmptyRow() throws IOException {
    var rows = read(SpreadsheetFixtures.resource("windows-1252-semicolon.csv"), "liste.csv");

    assertThat(rows.keySet()).containsExactly(1, 2, 4);
    assertThat(rows.get(1)).contains("Straße");
    assertThat(rows.get(2))
        .containsExactly(
            "Jürgen",
            "Müller",
            "Müller & Söhne GmbH",
            "juergen.mueller@example.de",
            "+49 30 1234567",
            "Hauptstraße 5",
            "10115",
            "Berlin",
            "Deutschland");
    assertThat(rows.get(4).get(0)).isEqualTo("Zoë");
  }

  @Test
  void readsAUtf8CsvWithByteOrderMarkAndQuotedLineBreaks() throws IOException {
    var rows = read(SpreadsheetFixtures.resource("google-contacts.csv"), "contacts.csv");

    assertThat(rows.get(1).get(0)).isEqualTo("First Name");
    assertThat(rows.get(2).get(0)).isEqualTo("Søren");
    assertThat(rows.get(2)).contains("Prefers letters,\nnot calls");
    assertThat(rows.keySet()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void readsUtf16TabSeparatedTextAsExcelSavesUnicodeText() throws IOException {
    String text = "First Name\tLast Name\tEmail\r\nÉmile\tZola\temile@example.fr\r\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);

    var rows = read(bytes, "unicode.txt");

    assertThat(rows.get(2)).containsExactly("Émile", "Zola", "emile@example.fr");
  }

  @Test
  void tellsTheKindFromTheBytesNotTheName() throws IOException {
    var rows = read(SpreadsheetFixtures.formulasDatesMerged(), "clients.csv");
    assertThat(rows.get(1).get(0)).isEqualTo("Full Name");
  }

  @Test
  void refusesEachBadFileWithItsOwnReason() {
    assertRefused(
        SpreadsheetFixtures.passwordProtected(),
        "locked.xlsx",
        "password-protected",
        "The workbook is protected with a password. Open it in Excel, remove the password (File > Info > Protect"
            + " Workbook), save, and import it again.");
    assertRefused(
        SpreadsheetFixtures.truncated(),
        "cut.xlsx",
        "damaged-workbook",
        "The workbook is damaged or incomplete (for example, the upload was cut off). Open it in Excel, save it"
            + " again, and import the new copy.");
    assertRefused(
        SpreadsheetFixtures.png(),
        "photo.xlsx",
        "not-a-spreadsheet",
        "The file (.xlsx) is neither an Excel workbook nor a CSV text file. Save it from Excel as .xlsx or .csv.");
    assertRefused(
        "First Name,Email\nAda,ada@example.com\n".getBytes(StandardCharsets.UTF_8),
        "list.xlsx",
        "not-a-spreadsheet",
        "The file is named .xlsx but holds text, not an Excel workbook. If it is a CSV export,"
            + " rename it to .csv; otherwise save it again from Excel.");
    assertRefused(
        SpreadsheetFixtures.plainZip(),
        "archive.xlsx",
        "not-a-spreadsheet",
        "The file is a zip archive but not an Excel workbook. Save it from Excel as .xlsx or .csv.");
    assertRefused(new byte[0], "empty.csv", "empty-file", "The file is empty.");
  }

  @Test
  void refusesSheetsPastTheRowAndColumnLimits() {
    byte[] csv = "a,b,c\n1,2,3\n4,5,6\n".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> read(csv, "big.csv", ReadLimits.DEFAULT.withShape(2, 10)))
        .isInstanceOfSatisfying(
            UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("too-many-rows"));
    assertThatThrownBy(() -> read(csv, "wide.csv", ReadLimits.DEFAULT.withShape(10, 2)))
        .isInstanceOfSatisfying(
            UnreadableFileException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "The sheet has more than 2 columns. Remove the columns you do not need."));
  }

  private void assertRefused(byte[] bytes, String name, String code, String message) {
    assertThatThrownBy(() -> read(bytes, name))
        .isInstanceOfSatisfying(
            UnreadableFileException.class,
            e -> {
              assertThat(e.code()).as(name).isEqualTo(code);
              assertThat(e.getMessage()).as(name).isEqualTo(message);
            });
  }
}
