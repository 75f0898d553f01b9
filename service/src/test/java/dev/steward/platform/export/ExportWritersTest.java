package dev.steward.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The three writers on a table of their own, without a database. */
class ExportWritersTest {

  record Person(String name, BigDecimal score, LocalDate born, Instant seen, List<String> tags) {}

  static final ZoneId ZONE = ZoneId.of("Europe/London");
  static final List<Person> PEOPLE =
      List.of(
          new Person(
              "=HYPERLINK(\"http://x\",\"y\")",
              new BigDecimal("-2"),
              LocalDate.of(1815, 12, 10),
              Instant.parse("2026-12-05T10:15:00Z"),
              List.of("VIP", "-x")),
          new Person("@SUM(1)", null, null, null, List.of()),
          new Person("-2+3", new BigDecimal("3.5"), LocalDate.of(1990, 4, 1), null, List.of()),
          new Person("+1", null, null, null, List.of()),
          new Person("\tTabbed", null, null, null, List.of()),
          new Person("\rReturned", null, null, null, List.of()),
          new Person("Zoë Ærøskøbing Ωμέγα Жанна", null, null, null, List.of()));

  static final ExportTable<Person> TABLE =
      new ExportTable<>(
          "People",
          "Fenwick & Daughters LLP",
          Map.of("Type", "Individual", "Search", "=cmd"),
          List.of(
              ExportColumn.of("Name", Person::name, 30),
              ExportColumn.of("Score", Person::score, 8),
              ExportColumn.of("Born", Person::born, 12),
              ExportColumn.dataOnly("Seen", Person::seen, 16),
              ExportColumn.of("Tags", Person::tags, 12)),
          "contact",
          null,
          "people");

  static ExportRows<Person> rows(List<Person> people) {
    return (limit, row) -> people.stream().limit(limit).forEach(row);
  }

  @Test
  void writesAWorkbookWithTextAsTextNumbersAsNumbersAndDatesAsDates() throws Exception {
    var out = new ByteArrayOutputStream();
    var written = XlsxTable.write(TABLE, rows(PEOPLE), out, ZONE);
    assertThat(written).isEqualTo(new Written(PEOPLE.size(), false));
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("People");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E8");
      for (int i = 0; i < PEOPLE.size(); i++) {
        var cell = sheet.getRow(i + 1).getCell(0);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(PEOPLE.get(i).name());
        assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(i < 6);
      }
      var first = sheet.getRow(1);
      assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-2);
      assertThat(first.getCell(2).getStringCellValue())
          .as("Excel has no dates before 1900")
          .isEqualTo("1815-12-10");
      assertThat(sheet.getRow(3).getCell(2).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo("1990-04-01");
      assertThat(sheet.getRow(3).getCell(2).getCellStyle().getDataFormatString())
          .isEqualTo("yyyy-mm-dd");
      assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo("2026-12-05T10:15");
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("VIP; -x");
      assertThat(sheet.getRow(2).getCell(1)).as("no value, no cell").isNull();
    }
  }

  @Test
  void stopsAWorkbookAtItsRowLimit() throws Exception {
    var written = XlsxTable.write(TABLE, rows(PEOPLE), new ByteArrayOutputStream(), ZONE, 3);
    assertThat(written).isEqualTo(new Written(3, true));
  }

  @Test
  void writesCsvInUtf8WithAByteOrderMarkAndEveryFormulaLikeTextNeutralised() throws Exception {
    var out = new ByteArrayOutputStream();
    assertThat(CsvTable.write(TABLE, rows(PEOPLE), out, ZONE))
        .isEqualTo(new Written(PEOPLE.size(), false));
    byte[] bytes = out.toByteArray();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    var download = new Downloads.Download(200, "text/csv", null, bytes);
    var records = download.csv();
    assertThat(records.get(0)).containsExactly("Name", "Score", "Born", "Seen", "Tags");
    assertThat(records.get(1))
        .containsExactly(
            "'=HYPERLINK(\"http://x\",\"y\")", "-2", "1815-12-10", "2026-12-05 10:15", "VIP; -x");
    assertThat(records.stream().skip(1).map(record -> record.get(0)).toList())
        .containsExactly(
            "'=HYPERLINK(\"http://x\",\"y\")",
            "'@SUM(1)",
            "'-2+3",
            "'+1",
            "'\tTabbed",
            "'\rReturned",
            "Zoë Ærøskøbing Ωμέγα Жанна");
    assertThat(records.get(3).get(1)).as("a number is never given an apostrophe").isEqualTo("3.5");
  }

  @Test
  void printsAnA4LandscapePdfWithTheTextAsTypedTheFiltersAndPageNumbers() throws Exception {
    var out = new ByteArrayOutputStream();
    var now = ZonedDateTime.of(2026, 12, 5, 14, 3, 0, 0, ZONE);
    assertThat(pdf().write(TABLE, rows(PEOPLE), out, now, 100))
        .isEqualTo(new Written(PEOPLE.size(), false));
    preview("people.pdf", out.toByteArray());
    try (var document = Loader.loadPDF(out.toByteArray())) {
      var page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth())
          .as("landscape")
          .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
      String text = text(document);
      assertThat(text)
          .contains(
              "People",
              "Fenwick & Daughters LLP",
              "5 December 2026, 14:03 (Europe/London)",
              "Search: =cmd",
              "Type: Individual",
              "Page 1 of 1",
              "7 people");
      assertThat(text)
          .contains(
              "=HYPERLINK(\"http://x\",\"y\")",
              "@SUM(1)",
              "-2+3",
              "+1",
              "Tabbed",
              "Returned",
              "Zoë Ærøskøbing Ωμέγα Жанна",
              "1815-12-10",
              "VIP; -x");
      assertThat(text).as("a data-only column stays out").doesNotContain("Seen");
    }
  }

  @Test
  void cutsALongPdfAndSaysSo() throws Exception {
    var many =
        IntStream.range(0, 120)
            .mapToObj(i -> new Person("Person " + i, null, null, null, List.of()))
            .toList();
    var out = new ByteArrayOutputStream();
    var written = pdf().write(TABLE, rows(many), out, ZonedDateTime.now(ZONE), 100);
    assertThat(written).isEqualTo(new Written(100, true));
    preview("people-cut.pdf", out.toByteArray());
    try (var document = Loader.loadPDF(out.toByteArray())) {
      String text = text(document).replaceAll("\\s+", " ");
      assertThat(text)
          .contains(
              "This PDF shows the first 100 people only: the list has more.",
              "Person 99",
              "Page 1 of " + document.getNumberOfPages());
      assertThat(text).doesNotContain("Person 100");
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
    }
  }

  @Test
  void saysWhenNothingMatches() throws Exception {
    var out = new ByteArrayOutputStream();
    pdf().write(TABLE, rows(List.of()), out, ZonedDateTime.now(ZONE), 100);
    try (var document = Loader.loadPDF(out.toByteArray())) {
      assertThat(text(document)).contains("Nothing matches these filters.");
    }
  }

  @Test
  void keepsCharactersXmlCannotHoldOutOfThePdf() {
    assertThat(PdfTable.printable("a\u0000b\u0007c\td\uFFFEe")).isEqualTo("a b c\td e");
    assertThat(PdfTable.printable(null)).isEmpty();
    assertThat(
            new String(
                PdfTable.printable("😀").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .isEqualTo("😀");
  }

  /** The text in reading order (PDFBox otherwise follows the drawing order). */
  static String text(org.apache.pdfbox.pdmodel.PDDocument document) throws java.io.IOException {
    var stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper.getText(document);
  }

  /** Kept under target/export-previews, to look at. */
  static void preview(String name, byte[] pdf) throws java.io.IOException {
    var folder = java.nio.file.Path.of("target", "export-previews");
    java.nio.file.Files.createDirectories(folder);
    java.nio.file.Files.write(folder.resolve(name), pdf);
  }

  private static PdfTable pdf() {
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    var engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return new PdfTable(engine);
  }
}
