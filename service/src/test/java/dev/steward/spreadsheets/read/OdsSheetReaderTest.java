package dev.steward.spreadsheets.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenDocument spreadsheets as LibreOffice saves them. The files under {@code /imports/ods/} were
 * made by LibreOffice 7.4 from the sources in {@code /imports/ods/made-from/}:
 *
 * <ul>
 *   <li>{@code contacts-from-csv.ods}: {@code soffice --headless
 *       --infilter="CSV:44,34,76,1,1/1/2/1/3/1/4/2/5/1/6/5" --convert-to ods contacts-from-csv.csv}
 *       (the postal-code column imported as text, dates as year-month-day);
 *   <li>{@code clients-two-sheets.ods} and {@code empty-runs.ods}: {@code soffice --headless
 *       --convert-to ods} of the flat OpenDocument files of the same names, written by hand.
 * </ul>
 *
 * Hostile and markup-only files are built by {@link OdsFiles}.
 */
class OdsSheetReaderTest {

  @TempDir Path dir;

  private record Row(int number, List<String> cells) {}

  private record Read(SheetReader.Result result, List<Row> rows) {}

  private static int emailHeaders(List<List<String>> rows) {
    return (int) rows.stream().filter(row -> row.contains("Email")).count();
  }

  private Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (var in = getClass().getResourceAsStream("/imports/ods/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private Read read(Path file, String sheet) {
    var rows = new ArrayList<Row>();
    var result =
        SheetReader.read(
            file,
            file.getFileName().toString(),
            (n, cells) -> rows.add(new Row(n, List.copyOf(cells))),
            ReadLimits.DEFAULT.start(),
            new ReadOptions(null, sheet, OdsSheetReaderTest::emailHeaders));
    return new Read(result, rows);
  }

  @Test
  void readsTheSheetOfContactsBelowItsTitleWithTypedValuesAsTheXlsxReaderGivesThem()
      throws IOException {
    var read = read(resource("clients-two-sheets.ods"), null);

    assertThat(read.result().kind()).isEqualTo(FileKind.ODS);
    assertThat(read.result().sheetName()).isEqualTo("Clients");
    assertThat(read.result().sheets())
        .extracting(SheetInfo::name, SheetInfo::rows, SheetInfo::hidden, SheetInfo::chosen)
        .containsExactly(
            tuple("Read me", 1, false, false),
            tuple("Clients", 5, false, true),
            tuple("Prospects", 3, false, false),
            tuple("Lookups", 1, true, false));
    assertThat(read.rows()).extracting(Row::number).containsExactly(1, 3, 4, 5);
    // The merged title's covered cells are blanks, and blanks that end a row are dropped.
    assertThat(read.rows().get(0).cells()).containsExactly("Client list — March");
    assertThat(read.rows().get(2).cells())
        .containsExactly(
            "Zoë Müller",
            "zoe@clients.example",
            "01234",
            "14155550123",
            "1985-07-14",
            "Met at the fair.\nLikes  teaandcake",
            "0.25",
            "TRUE");
    assertThat(read.rows().get(3).cells())
        .containsExactly("Ángel Pérez", "angel@clients.example", "08001", "", "", "", "", "FALSE");
  }

  @Test
  void aNamedSheetIsReadEvenWhenHiddenAndAnUnknownOneIsRefusedWithTheSheetsNamed()
      throws IOException {
    Path file = resource("clients-two-sheets.ods");

    var prospects = read(file, "prospects");
    assertThat(prospects.result().sheetName()).isEqualTo("Prospects");
    assertThat(prospects.result().sheets()).filteredOn(SheetInfo::chosen).hasSize(1);
    assertThat(prospects.rows())
        .extracting(Row::cells)
        .containsExactly(
            List.of("Full Name", "Email"),
            List.of("Pat Prospect", "pat@prospects.example"),
            List.of("Pat Prospect", "pat@prospects.example"));
    // LibreOffice writes the two equal cells as one, repeated.
    assertThat(read(file, "Lookups").rows().get(0).cells()).containsExactly("Email", "Email");
    assertThatThrownBy(() -> read(file, "Leads"))
        .isInstanceOfSatisfying(
            UnreadableFileException.class,
            e -> {
              assertThat(e.code()).isEqualTo("no-such-sheet");
              assertThat(e.getMessage()).contains("Read me, Clients, Prospects, Lookups");
            });
  }

  @Test
  void withoutAWayToScoreSheetsTheOneOpenWhenSavedIsReadUnlessHidden() throws IOException {
    Path clients = resource("clients-two-sheets.ods");
    var activeProspects = OdsFiles.withActiveTable(clients, dir.resolve("active.ods"), "Prospects");
    var activeHidden = OdsFiles.withActiveTable(clients, dir.resolve("hidden.ods"), "Lookups");

    assertThat(readUnscored(activeProspects).sheetName()).isEqualTo("Prospects");
    assertThat(readUnscored(activeHidden).sheetName()).isEqualTo("Read me");
  }

  private SheetReader.Result readUnscored(Path file) {
    return SheetReader.read(
        file,
        file.getFileName().toString(),
        (n, cells) -> {},
        ReadLimits.DEFAULT.start(),
        new ReadOptions(null, null, null));
  }

  @Test
  void aSpreadsheetCutOffOnTheWayIsCalledDamagedInLibreOfficesWords() throws IOException {
    byte[] whole = Files.readAllBytes(resource("clients-two-sheets.ods"));
    Path cut =
        Files.write(dir.resolve("cut.ods"), java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> read(cut, null))
        .isInstanceOfSatisfying(
            UnreadableFileException.class,
            e -> {
              assertThat(e.code()).isEqualTo("damaged-workbook");
              assertThat(e.getMessage()).contains("Open it in LibreOffice");
            });
  }

  @Test
  void keepsLeadingZerosAccentsAPhoneStoredAsANumberAndDatesOfAConvertedCsv() throws IOException {
    var read = read(resource("contacts-from-csv.ods"), null);

    assertThat(read.result().sheetName()).isEqualTo("contacts-from-csv");
    assertThat(read.rows()).extracting(Row::number).containsExactly(1, 3, 4, 5);
    assertThat(read.rows().get(0).cells()).containsExactly("Contacts exported 2026-03-01");
    assertThat(read.rows().get(2).cells())
        .containsExactly("Zoë", "Müller", "zoe@csv.example", "01234", "14155550123", "1985-07-14");
    assertThat(read.rows().get(3).cells())
        .containsExactly(
            "François", "Lefèvre", "francois@csv.example", "75001", "33612345678", "1990-02-01");
  }

  @Test
  void aSheetFormattedToItsLastRowAndColumnIsReadWithoutExpandingItsEmptyRuns() throws IOException {
    long start = System.nanoTime();
    var read = read(resource("empty-runs.ods"), null);

    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3_000);
    assertThat(read.rows()).extracting(Row::number).containsExactly(1, 2, 3, 5004);
    assertThat(read.rows().get(3).cells()).containsExactly("Cy", "", "", "", "cy@runs.example");
    assertThat(read.result().sheets()).extracting(SheetInfo::rows).containsExactly(5004);
  }

  @Test
  void readsTextMarkupRepeatedRowsAndEveryValueType() {
    var file =
        OdsFiles.withRows(
            dir.resolve("markup.ods"),
            """
            <table:table-row table:number-rows-repeated="2">\
            <table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:tab/>c\
            <text:line-break/>d</text:p><text:p>second <text:span>line</text:span></text:p>\
            <office:annotation><text:p>a comment</text:p></office:annotation>\
            <draw:frame><draw:text-box><text:p>a shape's text</text:p></draw:text-box></draw:frame>\
            </table:table-cell>\
            <table:table-cell office:value-type="currency" office:currency="EUR" office:value="1.50">\
            <text:p>1,50 €</text:p></table:table-cell>\
            <table:table-cell office:value-type="date" office:date-value="2024-03-01T09:30:00.123">\
            <text:p>01/03/2024 09:30</text:p></table:table-cell>\
            <table:table-cell office:value-type="time" office:time-value="PT09H30M00S">\
            <text:p>09:30</text:p></table:table-cell>\
            <table:table-cell office:value-type="float" office:value="-0"><text:p>0</text:p>\
            </table:table-cell><table:table-cell office:value-type="string" \
            office:string-value="in an attribute"/></table:table-row>""");

    var read = read(file, null);

    var expected =
        List.of(
            "a   b\tc\nd\nsecond line", "1.5", "2024-03-01T09:30", "09:30", "0", "in an attribute");
    assertThat(read.rows()).extracting(Row::number).containsExactly(1, 2);
    assertThat(read.rows()).extracting(Row::cells).containsExactly(expected, expected);
  }

  @Test
  void emptyRunsOfBillionsOfCellsAndRowsAreSkippedAtOnce() {
    var file =
        OdsFiles.withRows(
            dir.resolve("runs.ods"),
            """
            <table:table-row><table:table-cell office:value-type="string"><text:p>Email</text:p>\
            </table:table-cell><table:table-cell table:number-columns-repeated="2000000000"/>\
            </table:table-row>\
            <table:table-row table:number-rows-repeated="2000000000">\
            <table:table-cell table:number-columns-repeated="2000000000"/></table:table-row>""");

    var read = read(file, null);

    assertThat(read.rows()).extracting(Row::cells).containsExactly(List.of("Email"));
  }

  @Test
  void aValueRepeatedPastTheColumnsOrRowsASheetMayHoldIsRefusedBeforeItIsExpanded() {
    var columns =
        OdsFiles.withRows(
            dir.resolve("columns.ods"),
            """
            <table:table-row><table:table-cell table:number-columns-repeated="2000000000" \
            office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>""");
    var rows =
        OdsFiles.withRows(
            dir.resolve("rows.ods"),
            """
            <table:table-row table:number-rows-repeated="2000000000"><table:table-cell \
            office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>""");
    var spaces =
        OdsFiles.withRows(
            dir.resolve("spaces.ods"),
            """
            <table:table-row><table:table-cell office:value-type="string"><text:p>\
            <text:s text:c="2000000000"/></text:p></table:table-cell></table:table-row>""");

    assertThatThrownBy(() -> read(columns, null))
        .isInstanceOfSatisfying(
            UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("too-many-columns"));
    assertThatThrownBy(() -> read(rows, null))
        .isInstanceOfSatisfying(
            UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("too-many-rows"));
    assertThatThrownBy(() -> read(spaces, null))
        .isInstanceOfSatisfying(
            TooMuchTextException.class,
            e -> {
              assertThat(e.bound()).isEqualTo(TooMuchTextException.Bound.CELL);
              assertThat(e.row()).isEqualTo(1);
            });
  }

  @Test
  void aContentThatUnzipsFarBeyondItsSizeIsRefusedAsAZipBomb() throws IOException {
    var bomb = OdsFiles.zipBomb(dir.resolve("bomb.ods"), 20);
    assertThat(Files.size(bomb)).isLessThan(100_000);

    assertThatThrownBy(() -> read(bomb, null))
        .isInstanceOfSatisfying(
            UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("zip-bomb"));
  }

  @Test
  void aSpreadsheetSavedWithAPasswordIsRefusedWithWhatToDo() {
    var locked = OdsFiles.encrypted(dir.resolve("locked.ods"));

    assertThatThrownBy(() -> read(locked, null))
        .isInstanceOfSatisfying(
            UnreadableFileException.class,
            e -> {
              assertThat(e.code()).isEqualTo("password-protected");
              assertThat(e.getMessage()).contains("save it without the password");
            });
  }

  @Test
  void theKindComesFromTheMimetypeEntryNotTheName() throws IOException {
    Path named = dir.resolve("clients.xlsx");
    Files.copy(resource("clients-two-sheets.ods"), named);
    assertThat(read(named, null).result().kind()).isEqualTo(FileKind.ODS);

    var text =
        OdsFiles.ofKind(dir.resolve("letter.ods"), "application/vnd.oasis.opendocument.text");
    assertThatThrownBy(() -> read(text, null))
        .isInstanceOfSatisfying(
            UnreadableFileException.class,
            e -> {
              assertThat(e.code()).isEqualTo("not-a-spreadsheet");
              assertThat(e.getMessage()).contains("OpenDocument text, not a spreadsheet");
            });
  }
}
