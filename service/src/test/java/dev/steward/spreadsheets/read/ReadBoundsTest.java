package dev.steward.spreadsheets.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounds on what one import may hold, as each reader applies them, without a database. */
class ReadBoundsTest {

  /** Small bounds, so that the files that pass them are small too. */
  private static final ReadLimits SMALL =
      new ReadLimits(1_000, 50, 100, 250, 1_000, 1L << 20, Duration.ofMinutes(1));

  @TempDir Path dir;

  @Test
  void poisOwnGuardsStayOnAtTheirDefaults() {
    assertThat(ZipSecureFile.getMinInflateRatio()).as("inflate ratio").isEqualTo(0.01);
    assertThat(ZipSecureFile.getMaxEntrySize()).as("largest entry").isEqualTo(0xFFFFFFFFL);
    assertThat(ZipSecureFile.getMaxTextSize()).as("text size").isEqualTo(10L * 1024 * 1024);
  }

  @Test
  void aCellOfExcelsLimitIsReadAndOneCharacterMoreIsRefusedWithItsRowAndColumn()
      throws IOException {
    List<List<String>> rows = new ArrayList<>();
    SheetReader.read(
        csv(HostileFiles.longCellCsv(ReadLimits.EXCEL_CELL_CHARS)),
        "notes.csv",
        (n, cells) -> rows.add(cells),
        ReadLimits.DEFAULT);
    assertThat(rows.get(1).get(2)).hasSize(ReadLimits.EXCEL_CELL_CHARS);

    assertTooMuch(
        () ->
            SheetReader.read(
                csv(HostileFiles.longCellCsv(ReadLimits.EXCEL_CELL_CHARS + 1)),
                "notes.csv",
                (n, cells) -> {},
                ReadLimits.DEFAULT),
        TooMuchTextException.Bound.CELL,
        32_767,
        2,
        "C",
        "The cell in row 2, column C holds more than 32,767 characters, Excel's own limit for a cell"
            + " (STEWARD_IMPORT_MAX_CELL_CHARS). Nothing was imported.");
    assertTooMuch(
        () ->
            SheetReader.read(
                HostileFiles.longCell(dir.resolve("a.xlsx"), ReadLimits.EXCEL_CELL_CHARS + 1),
                "notes.xlsx",
                (n, cells) -> {},
                ReadLimits.DEFAULT),
        TooMuchTextException.Bound.CELL,
        32_767,
        2,
        "A",
        null);
    assertTooMuch(
        () ->
            SheetReader.read(
                HostileFiles.longInlineCell(dir.resolve("b.xlsx"), 32_768),
                "notes.xlsx",
                (n, cells) -> {},
                ReadLimits.DEFAULT),
        TooMuchTextException.Bound.CELL,
        32_767,
        2,
        "B",
        null);
  }

  @Test
  void anInlineCellFarPastTheLimitIsStoppedBeforePoiHoldsItWhole() {
    // POI gathers an inline string in a StringBuilder; the guard stops it at the limit plus room
    // for a formula.
    assertTooMuch(
        () ->
            SheetReader.read(
                HostileFiles.longInlineCell(dir.resolve("c.xlsx"), 5_000_000),
                "notes.xlsx",
                (n, cells) -> {},
                ReadLimits.DEFAULT),
        TooMuchTextException.Bound.CELL,
        32_767,
        2,
        "B",
        null);
  }

  @Test
  void aRowPastItsBoundIsRefusedWithItsNumberInEveryFormat() throws IOException {
    String cell = HostileFiles.text(90);
    byte[] csv =
        ("a,b,c\n1,2,3\n" + cell + "," + cell + "," + cell + "\n").getBytes(StandardCharsets.UTF_8);
    String detail =
        "Row 3 holds more than 250 characters in its cells together, the most a row may hold here"
            + " (STEWARD_IMPORT_MAX_ROW_CHARS). Nothing was imported.";
    assertTooMuch(
        () -> SheetReader.read(csv(csv), "wide.csv", (n, cells) -> {}, SMALL),
        TooMuchTextException.Bound.ROW,
        250,
        3,
        null,
        detail);
    assertTooMuch(
        () ->
            SheetReader.read(
                HostileFiles.sharedStringsBomb(dir.resolve("d.xlsx"), 5, 3, 90),
                "wide.xlsx",
                (n, cells) -> {},
                SMALL),
        TooMuchTextException.Bound.ROW,
        250,
        2,
        null,
        null);
    assertTooMuch(
        () ->
            SheetReader.read(
                xls(new String[] {"a", "b", "c"}, new String[] {cell, cell, cell}),
                "wide.xls",
                (n, cells) -> {},
                SMALL),
        TooMuchTextException.Bound.ROW,
        250,
        2,
        null,
        null);
  }

  @Test
  void aSharedStringCountsItsLengthEachTimeACellShowsIt() {
    // 80 characters a cell, two cells a row: each row is within its bound, the fifth brings the
    // total past 1,000.
    List<Integer> read = new ArrayList<>();
    assertTooMuch(
        () ->
            SheetReader.read(
                HostileFiles.sharedStringsBomb(dir.resolve("e.xlsx"), 100, 2, 80),
                "bomb.xlsx",
                (n, cells) -> read.add(n),
                SMALL),
        TooMuchTextException.Bound.TOTAL,
        1_000,
        8,
        null,
        "The import holds more than 1,000 characters of text in all, the most one import may hold here"
            + " (STEWARD_IMPORT_MAX_TOTAL_CHARS); reading stopped at row 8. Nothing was imported. Split the rows into"
            + " several files.");
    assertThat(read).as("rows handed on before the bound").containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void
      aWorkbookThatShowsFarMoreTextThanItsSheetHoldsIsRefusedOnceItHasShownSixteenMillionCharacters() {
    List<Integer> read = new ArrayList<>();
    assertTooMuch(
        () ->
            SheetReader.read(
                HostileFiles.sharedStringsBomb(dir.resolve("i.xlsx")),
                "bomb.xlsx",
                (n, cells) -> read.add(n),
                ReadLimits.DEFAULT),
        TooMuchTextException.Bound.EXPANSION,
        64,
        188,
        null,
        null);
    assertThat(read).as("rows handed on: the header and 186 contacts").hasSize(187);
  }

  @Test
  void aSheetThatRepeatsALongTextInEveryRowBesideItsContactIsNotTakenForOne() {
    // A 2,000-character text in every row (Excel keeps it once), with a name and numbers: 24
    // million characters.
    long[] chars = {0};
    SheetReader.read(
        HostileFiles.sharedStringsBomb(dir.resolve("j.xlsx"), 12_000, 1, 2_000, 4),
        "terms.xlsx",
        (n, cells) -> chars[0] += cells.stream().mapToInt(String::length).sum(),
        ReadLimits.DEFAULT);
    assertThat(chars[0]).isGreaterThan(ReadBudget.EXPANSION_FLOOR);
  }

  @Test
  void theTotalCountsTheHeaderAndHoldsAcrossChunksOfTheSameImport() {
    var budget = new ReadBudget(SMALL, 900, Duration.ofMinutes(1));
    budget.cell(40, 0, 60);
    budget.endRow();
    assertThat(budget.spent()).isEqualTo(960);
    assertTooMuch(
        () -> budget.cell(41, 0, 41), TooMuchTextException.Bound.TOTAL, 1_000, 41, null, null);
  }

  @Test
  void aSharedStringsTableWithMoreTextThanAnImportMayHoldIsRefusedBeforeAnyRow() {
    // Twelve strings of 90 characters that no cell shows: Excel keeps no such strings.
    var limits = new ReadLimits(1_000, 50, 100, 250, 1_000, 1L << 20, Duration.ofMinutes(1));
    String xml = "<sst>" + ("<si><t>" + HostileFiles.text(90) + "</t></si>").repeat(12) + "</sst>";
    assertTooMuch(
        () ->
            SpilledSharedStrings.fromXml(
                    new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                    limits.start())
                .close(),
        TooMuchTextException.Bound.TOTAL,
        1_000,
        0,
        null,
        null);
  }

  @Test
  void aSheetPartPastItsBoundIsRefusedByItsDeclaredSizeAndByItsCountedOne() {
    var limits =
        new ReadLimits(
            1_048_576, 1_000, 32_767, 100_000, 200_000_000, 4L << 20, Duration.ofMinutes(1));
    String detail =
        "The workbook's sheet unzips to more than 4 MB, the most this installation reads"
            + " (STEWARD_IMPORT_MAX_PART_SIZE). Nothing was imported. If the workbook is genuine, save it as CSV and"
            + " import that.";
    List<Integer> read = new ArrayList<>();
    assertTooMuch(
        () ->
            SheetReader.read(
                HostileFiles.expandingSheet(dir.resolve("f.xlsx"), 6L << 20),
                "big.xlsx",
                (n, cells) -> read.add(n),
                limits),
        TooMuchTextException.Bound.PART,
        4L << 20,
        0,
        null,
        detail);
    assertThat(read).as("refused before reading a row").isEmpty();

    assertTooMuch(
        () ->
            SheetReader.read(
                HostileFiles.understatedSheet(dir.resolve("g.xlsx"), 6L << 20, 1_000),
                "big.xlsx",
                (n, cells) -> read.add(n),
                limits),
        TooMuchTextException.Bound.PART,
        4L << 20,
        0,
        null,
        detail);
    assertThat(read).as("rows read until the count passed the bound").isNotEmpty();
  }

  @Test
  void aCsvLineWithoutEndIsStoppedAtItsFirstCellHavingHeldLittle() throws IOException {
    Path file = dir.resolve("endless.csv");
    try (var in = HostileFiles.endlessLine(20L << 20);
        var out = Files.newOutputStream(file)) {
      in.transferTo(out);
    }
    assertTooMuch(
        () -> SheetReader.read(file, "endless.csv", (n, cells) -> {}, ReadLimits.DEFAULT),
        TooMuchTextException.Bound.CELL,
        32_767,
        1,
        null,
        "A cell starting in row 1 holds more than 32,767"
            + " characters, Excel's own limit for a cell (STEWARD_IMPORT_MAX_CELL_CHARS), or opens a quotation mark"
            + " that is never closed. Nothing was imported.");
  }

  @Test
  void aQuotedCellThatRunsPastTheBoundWithQuotesDoubledIsStillReadWhenWithin() throws IOException {
    String quotes = "\"\"".repeat(16_000);
    List<List<String>> rows = new ArrayList<>();
    SheetReader.read(
        csv(("Notes\n\"" + quotes + "\"\n").getBytes(StandardCharsets.UTF_8)),
        "q.csv",
        (n, cells) -> rows.add(cells),
        ReadLimits.DEFAULT);
    assertThat(rows.get(1).get(0)).hasSize(16_000);
  }

  @Test
  void anImportOutOfTimeIsStoppedWithUploadTimeout() {
    var limits = ReadLimits.DEFAULT;
    assertThatThrownBy(() -> new ReadBudget(limits, 0, Duration.ofMillis(-1)))
        .isInstanceOfSatisfying(
            UnreadableFileException.class,
            e -> {
              assertThat(e.code()).isEqualTo("upload-timeout");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "The import was stopped after 5 minutes, the longest one may take here"
                          + " (STEWARD_IMPORT_MAX_UPLOAD_TIME). Nothing was imported. Split the rows into smaller files, or"
                          + " import them when the service is less busy.");
            });
    var quick =
        new ReadLimits(
            1_048_576, 1_000, 32_767, 100_000, 200_000_000, 1L << 30, Duration.ofMillis(1));
    assertThatThrownBy(
            () ->
                SheetReader.read(
                    HostileFiles.expandingSheet(dir.resolve("h.xlsx"), 20L << 20),
                    "slow.xlsx",
                    (n, cells) -> sleep(),
                    quick))
        .isInstanceOfSatisfying(
            UnreadableFileException.class, e -> assertThat(e.code()).isEqualTo("upload-timeout"));
  }

  private static void sleep() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void assertTooMuch(
      ThrowingCallable reading,
      TooMuchTextException.Bound bound,
      long limit,
      int row,
      String column,
      String detail) {
    assertThatThrownBy(reading)
        .isInstanceOfSatisfying(
            TooMuchTextException.class,
            e -> {
              assertThat(e.code()).isEqualTo("too-much-text");
              assertThat(e.bound()).isEqualTo(bound);
              assertThat(e.limit()).isEqualTo(limit);
              assertThat(e.row()).as("row").isEqualTo(row);
              assertThat(e.column()).as("column").isEqualTo(column);
              if (detail != null) {
                assertThat(e.getMessage()).isEqualTo(detail);
              }
            });
  }

  private Path csv(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(dir, "sheet", ".csv"), bytes);
  }

  private Path xls(String[]... rows) throws IOException {
    try (var workbook = new HSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("Contacts");
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
      return Files.write(dir.resolve("sheet.xls"), out.toByteArray());
    }
  }
}
