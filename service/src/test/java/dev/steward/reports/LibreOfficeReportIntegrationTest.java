package dev.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.siegmar.fastcsv.reader.CsvReader;
import dev.steward.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports as LibreOffice reads them: each converts without error, the figures of every table
 * come out of LibreOffice (as CSV, one file per sheet, cells as shown) exactly as POI reads them,
 * formula-like text stays text, and a PNG of each sheet (rendered through LibreOffice's PDF) is
 * saved under target/report-previews/ for people to look at. Skipped only where LibreOffice
 * (soffice) is not installed.
 */
class LibreOfficeReportIntegrationTest extends IntegrationTest {

  static final Path PREVIEWS = Path.of("target", "report-previews");
  private static String soffice;

  @BeforeAll
  static void needsLibreOffice() throws IOException {
    soffice = onPath("soffice");
    Assumptions.assumeTrue(
        soffice != null,
        "LibreOffice is not installed (soffice not on PATH): apt-get install libreoffice-calc-nogui; .ci/run does");
    Files.createDirectories(PREVIEWS);
  }

  @Test
  void libreOfficeReadsTheCampaignReportsFiguresAsPoiDoes() throws Exception {
    var f = new HandComputedFirm(api).build();
    byte[] xlsx =
        api.get("/api/reports/campaigns/{id}.xlsx", f.spring)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    var file = PREVIEWS.resolve("campaign-report.xlsx");
    Files.write(file, xlsx);
    try (var book = ReportBooks.open(xlsx)) {
      convertAndCompare(
          file,
          book,
          List.of(
              "Figures",
              "Funnel",
              "Weeks",
              "DaysToResponse",
              "ByContactType",
              "ByChannel",
              "Members"));
    }
    previews(file, "campaign");
    var pdf =
        api.get("/api/reports/campaigns/{id}.pdf", f.spring)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    Files.write(PREVIEWS.resolve("campaign-report-from-steward.pdf"), pdf);
    png(PREVIEWS.resolve("campaign-report-from-steward.pdf"), "campaign-pdf");
  }

  @Test
  void libreOfficeReadsThePortfolioReportsFiguresAsPoiDoes() throws Exception {
    var f = new HandComputedFirm(api).build();
    byte[] xlsx =
        api.get(
                "/api/reports/portfolio.xlsx?from={from}&to={to}",
                f.w0.minusWeeks(4),
                f.w0.plusDays(6))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    var file = PREVIEWS.resolve("portfolio-report.xlsx");
    Files.write(file, xlsx);
    try (var book = ReportBooks.open(xlsx)) {
      convertAndCompare(
          file,
          book,
          List.of(
              "Figures",
              "Funnel",
              "Campaigns",
              "Weeks",
              "DaysToResponse",
              "ByContactType",
              "ByChannel"));
    }
    previews(file, "portfolio");
  }

  @Test
  void formulaLikeTextStaysTextInLibreOffice() throws Exception {
    var f = new HandComputedFirm(api);
    var link =
        api.create(
            "/api/contacts",
            """
        {"type":"business","companyName":"=HYPERLINK(\\"http://x\\",\\"y\\")"}""");
    var sum = f.person("@SUM(1)", null, null);
    var minus = f.person("-2+3", null, null);
    var campaign = f.campaign("Injection check", "email", "sent", f.w0);
    f.members(campaign, link, sum, minus);
    var file = PREVIEWS.resolve("injection-check.xlsx");
    Files.write(
        file,
        api.get("/api/reports/campaigns/{id}.xlsx", campaign)
            .andReturn()
            .getResponse()
            .getContentAsByteArray());
    var members = csv(file, "Members");
    var names = members.stream().skip(1).map(row -> row.get(0)).toList();
    assertThat(names)
        .containsExactlyInAnyOrder("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1) Test", "-2+3 Test");
  }

  /** Every table's cells, as LibreOffice shows them, equal POI's reading of the same cells. */
  private void convertAndCompare(Path file, XSSFWorkbook book, List<String> tables)
      throws Exception {
    for (String name : tables) {
      var table = ReportBooks.table(book, name);
      XSSFSheet sheet = table.getXSSFSheet();
      var grid = csv(file, sheet.getSheetName());
      var area = table.getArea();
      var expected = ReportBooks.rows(book, name);
      for (int i = 0; i < expected.size(); i++) {
        int r = area.getFirstCell().getRow() + 1 + i;
        for (int c = 0; c < expected.get(i).size(); c++) {
          int column = area.getFirstCell().getCol() + c;
          String shown =
              r < grid.size() && column < grid.get(r).size() ? grid.get(r).get(column) : "";
          assertThat(shown)
              .as(
                  "%s row %d column %d (%s) in LibreOffice",
                  name, i + 1, c + 1, sheet.getSheetName())
              .isEqualTo(expected.get(i).get(c));
        }
      }
    }
  }

  /** The sheet as LibreOffice writes it to CSV (cells as shown), converted once per workbook. */
  private List<List<String>> csv(Path xlsx, String sheet) throws Exception {
    String base = xlsx.getFileName().toString().replaceAll("\\.xlsx$", "");
    var dir = xlsx.getParent().resolve(base + "-csv");
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      run(
          soffice,
          "--headless",
          "--norestore",
          "-env:UserInstallation=" + profile(),
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
          "--outdir",
          dir.toString(),
          xlsx.toString());
    }
    var path = dir.resolve(base + "-" + sheet + ".csv");
    assertThat(path).as("LibreOffice's CSV of sheet " + sheet).exists();
    List<List<String>> rows = new ArrayList<>();
    try (var reader =
        CsvReader.builder()
            .allowExtraFields(true)
            .allowMissingFields(true)
            .ofCsvRecord(path, StandardCharsets.UTF_8)) {
      reader.forEach(record -> rows.add(record.getFields()));
    }
    return rows;
  }

  /**
   * PDF through LibreOffice (one page per sheet: the templates fit each sheet to a page), then a
   * PNG per page.
   */
  private void previews(Path xlsx, String prefix) throws Exception {
    run(
        soffice,
        "--headless",
        "--norestore",
        "-env:UserInstallation=" + profile(),
        "--convert-to",
        "pdf",
        "--outdir",
        PREVIEWS.toString(),
        xlsx.toString());
    var pdf = PREVIEWS.resolve(xlsx.getFileName().toString().replaceAll("\\.xlsx$", ".pdf"));
    assertThat(pdf).exists();
    assertThat(Files.size(pdf)).isGreaterThan(1000);
    png(pdf, prefix);
  }

  private void png(Path pdf, String prefix) throws Exception {
    if (onPath("pdftoppm") == null) {
      return; // the PDF is there to look at; PNGs need poppler-utils
    }
    run("pdftoppm", "-png", "-r", "80", pdf.toString(), PREVIEWS.resolve(prefix).toString());
    try (var pages = Files.list(PREVIEWS)) {
      assertThat(
              pages
                  .filter(
                      p ->
                          p.getFileName().toString().startsWith(prefix + "-")
                              && p.toString().endsWith(".png"))
                  .count())
          .isPositive();
    }
  }

  private static String profile() {
    return PREVIEWS.toAbsolutePath().resolve("lo-profile").toUri().toString();
  }

  private static void run(String... command) throws Exception {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
    assertThat(process.exitValue()).as("%s said: %s", String.join(" ", command), output).isZero();
    assertThat(output).as("%s said", command[0]).doesNotContainIgnoringCase("error");
  }

  private static String onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      var candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
