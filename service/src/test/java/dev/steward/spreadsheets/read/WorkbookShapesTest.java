package dev.steward.spreadsheets.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks as people keep them: a cover sheet, a title row, a hidden lookup sheet, the 1904 date
 * system.
 */
class WorkbookShapesTest {

  @TempDir Path dir;

  /**
   * How much a sheet's first rows look like contacts, as the import counts it: rows holding an
   * "Email" cell.
   */
  private static int emailHeaders(List<List<String>> rows) {
    return (int) rows.stream().filter(row -> row.contains("Email")).count();
  }

  private Path workbook(String name, boolean date1904) throws IOException {
    try (var book = new XSSFWorkbook()) {
      if (date1904) {
        var properties =
            book.getCTWorkbook().isSetWorkbookPr()
                ? book.getCTWorkbook().getWorkbookPr()
                : book.getCTWorkbook().addNewWorkbookPr();
        properties.setDate1904(true);
      }
      var cover = book.createSheet("Cover");
      cover.createRow(0).createCell(0).setCellValue("Client list — March");
      var hidden = book.createSheet("Lookups");
      hidden.createRow(0).createCell(0).setCellValue("Email");
      hidden.getRow(0).createCell(1).setCellValue("Email");
      book.setSheetHidden(1, true);
      var clients = book.createSheet("Clients");
      clients.createRow(0).createCell(0).setCellValue("Client list — March");
      clients.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
      var header = clients.createRow(2);
      header.createCell(0).setCellValue("Name");
      header.createCell(1).setCellValue("Email");
      header.createCell(2).setCellValue("Birthday");
      var row = clients.createRow(3);
      row.createCell(0).setCellValue("Zoë Müller");
      row.createCell(1).setCellValue("zoe@example.de");
      var date = row.createCell(2);
      date.setCellValue(LocalDate.of(1985, 7, 14));
      var style = book.createCellStyle();
      style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      date.setCellStyle(style);
      book.setActiveSheet(0);
      Path file = dir.resolve(name);
      try (OutputStream out = Files.newOutputStream(file)) {
        book.write(out);
      }
      return file;
    }
  }

  private record Read(SheetReader.Result result, List<List<String>> rows) {}

  private Read read(Path file, String sheet) {
    var rows = new ArrayList<List<String>>();
    var result =
        SheetReader.read(
            file,
            file.getFileName().toString(),
            (n, cells) -> rows.add(List.copyOf(cells)),
            ReadLimits.DEFAULT.start(),
            new ReadOptions(null, sheet, WorkbookShapesTest::emailHeaders));
    return new Read(result, rows);
  }

  @Test
  void importsTheVisibleSheetThatLooksLikeContactsNotTheActiveCoverNorTheHiddenOne()
      throws IOException {
    var read = read(workbook("clients.xlsx", false), null);

    assertThat(read.result().sheetName()).isEqualTo("Clients");
    assertThat(read.result().sheets())
        .extracting(SheetInfo::name, SheetInfo::hidden, SheetInfo::chosen)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Cover", false, false),
            org.assertj.core.groups.Tuple.tuple("Lookups", true, false),
            org.assertj.core.groups.Tuple.tuple("Clients", false, true));
    assertThat(read.result().sheets().get(2).rows()).isEqualTo(4);
    assertThat(read.rows().get(0)).containsExactly("Client list — March");
    assertThat(read.rows().get(1)).containsExactly("Name", "Email", "Birthday");
    assertThat(read.rows().get(2)).containsExactly("Zoë Müller", "zoe@example.de", "1985-07-14");
  }

  @Test
  void aNamedSheetIsReadEvenWhenHiddenAndAnUnknownOneIsRefusedWithTheSheetsNamed()
      throws IOException {
    var file = workbook("named.xlsx", false);
    assertThat(read(file, "lookups").result().sheetName()).isEqualTo("Lookups");
    assertThatThrownBy(() -> read(file, "Prospects"))
        .isInstanceOfSatisfying(
            UnreadableFileException.class,
            e -> {
              assertThat(e.code()).isEqualTo("no-such-sheet");
              assertThat(e.getMessage()).contains("Cover, Lookups, Clients");
            });
  }

  @Test
  void datesOfA1904WorkbookComeOutOnTheirDay() throws IOException {
    Path file = workbook("mac.xlsx", true);
    try (var zip = new ZipFile(file.toFile())) {
      assertThat(
              new String(
                  zip.getInputStream(zip.getEntry("xl/workbook.xml")).readAllBytes(),
                  StandardCharsets.UTF_8))
          .contains("date1904=\"true\"");
    }
    var read = read(file, "Clients");
    assertThat(read.rows().get(2).get(2)).isEqualTo("1985-07-14");
  }

  @Test
  void aStrictOpenXmlWorkbookIsRefusedWithWhatToDo() throws IOException {
    Path plain = workbook("plain.xlsx", false);
    Path strict = dir.resolve("strict.xlsx");
    try (var zip = new ZipFile(plain.toFile());
        var out = new ZipOutputStream(Files.newOutputStream(strict))) {
      for (var entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        byte[] bytes = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().endsWith(".xml")) {
          bytes =
              new String(bytes, StandardCharsets.UTF_8)
                  .replace(
                      "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                      "http://purl.oclc.org/ooxml/spreadsheetml/main")
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    assertThatThrownBy(() -> read(strict, null))
        .isInstanceOfSatisfying(
            UnreadableFileException.class,
            e -> {
              assertThat(e.code()).isEqualTo("strict-open-xml");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "This workbook is saved as Strict Open XML; save it as an Excel"
                          + " Workbook (.xlsx).");
            });
  }

  @Test
  void aPreambleOfOneToFiveLinesInAWorkbookIsReadAsRowsAboveTheHeader() throws IOException {
    for (int lines = 1; lines <= 5; lines++) {
      try (var book = new XSSFWorkbook()) {
        var sheet = book.createSheet("Export");
        for (int i = 0; i < lines; i++) {
          sheet.createRow(i).createCell(0).setCellValue("Report line " + (i + 1));
        }
        var header = sheet.createRow(lines);
        header.createCell(0).setCellValue("First Name");
        header.createCell(1).setCellValue("Email");
        var data = sheet.createRow(lines + 1);
        data.createCell(0).setCellValue("Ada");
        data.createCell(1).setCellValue("ada@example.org");
        var bytes = new ByteArrayOutputStream();
        book.write(bytes);
        Path file = dir.resolve("preamble-" + lines + ".xlsx");
        Files.write(file, bytes.toByteArray());
        var rows = read(file, null).rows();
        assertThat(dev.steward.spreadsheets.HeaderRowAccess.choose(rows))
            .as(lines + " lines")
            .isEqualTo(lines);
      }
    }
  }
}
