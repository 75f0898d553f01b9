package dev.steward.reports;

import static dev.steward.reports.ReportBooks.cell;
import static dev.steward.reports.ReportBooks.chart;
import static dev.steward.reports.ReportBooks.named;
import static dev.steward.reports.ReportBooks.ranges;
import static dev.steward.reports.ReportBooks.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report workbooks of {@link HandComputedFirm}, opened again with POI, figure by figure. */
class ReportWorkbookIntegrationTest extends IntegrationTest {

  private HandComputedFirm f;
  private String today;

  @BeforeEach
  void buildTheFirm() throws Exception {
    f = new HandComputedFirm(api).build();
    today = LocalDate.now(ZoneOffset.UTC).toString();
  }

  private byte[] download(String path, Object... vars) throws Exception {
    return api.get(path, vars)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  @Test
  void theCampaignWorkbookCarriesEveryFigureOfTheSpringLetter() throws Exception {
    api.get("/api/reports/campaigns/{id}.xlsx", f.spring)
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", ReportFile.XLSX))
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    "attachment; filename=\"Spring letter - report "
                        + today
                        + ".xlsx\"; filename*=UTF-8''Spring%20letter%20-%20report%20"
                        + today
                        + ".xlsx"));
    try (XSSFWorkbook book =
        ReportBooks.open(download("/api/reports/campaigns/{id}.xlsx", f.spring))) {
      assertThat(named(book, "ReportTitle")).isEqualTo("Spring letter");
      assertThat(named(book, "ReportSubtitle"))
          .isEqualTo("Mail · sent " + f.w0.minusWeeks(4) + " · 6 members · report of " + today);
      assertThat(named(book, "Definitions")).isEqualTo(Definitions.TEXT.responded());
      // Spring: Ann, Gus responded; Ben, Eve converted; Acme not interested; Cal pending. 5 of 6, 2
      // of 6.
      assertThat(rows(book, "Figures"))
          .containsExactly(
              List.of("Members", "6"),
              List.of("No response yet", "1"),
              List.of("Responded", "5"),
              List.of("Converted", "2"),
              List.of("Not interested", "1"),
              List.of("Response rate", "83.3%"),
              List.of("Conversion rate", "33.3%"),
              List.of("Median days to response", "16.0"),
              List.of("Lower quartile (days)", "8.0"),
              List.of("Upper quartile (days)", "25.0"));
      assertThat(cell(book, "Figures", 5, 1).getNumericCellValue()).isEqualTo(0.8333);
      assertThat(rows(book, "Funnel"))
          .containsExactly(
              List.of("Members", "6"), List.of("Responded", "5"), List.of("Converted", "2"));
      // W3 Ann, Acme; W2 Ben; W1 Eve; W0 Gus.
      assertThat(rows(book, "Weeks"))
          .containsExactly(
              List.of(f.week(3), "2", "2"),
              List.of(f.week(2), "1", "3"),
              List.of(f.week(1), "1", "4"),
              List.of(f.week(0), "1", "5"));
      // Days 7 (Acme), 8 (Ann), 16 (Ben), 25 (Eve), 28 (Gus): one bar per day from 0 to 28.
      var days = rows(book, "DaysToResponse");
      assertThat(days).hasSize(29);
      for (int day = 0; day <= 28; day++) {
        String expected = List.of(7, 8, 16, 25, 28).contains(day) ? "1" : "0";
        assertThat(days.get(day)).as("day " + day).containsExactly(Integer.toString(day), expected);
      }
      // Members, responded, converted, not interested, other responses, no response yet, rates.
      assertThat(rows(book, "ByContactType"))
          .containsExactly(
              List.of("Individual", "4", "3", "1", "0", "2", "1", "75.0%", "25.0%"),
              List.of("Business", "1", "1", "0", "1", "0", "0", "100.0%", "0.0%"),
              List.of("Estate", "1", "1", "1", "0", "0", "0", "100.0%", "100.0%"));
      assertThat(rows(book, "ByChannel"))
          .containsExactly(List.of("Mail", "6", "5", "2", "1", "2", "1", "83.3%", "33.3%"));
      String added = today;
      assertThat(rows(book, "Members"))
          .containsExactly(
              List.of(
                  "Acme",
                  "Business",
                  "Acme",
                  "",
                  "",
                  "",
                  added,
                  "Not interested",
                  f.week(3),
                  "7",
                  "Mailbox"),
              List.of(
                  "Ann Test",
                  "Individual",
                  "",
                  "ann@example.com",
                  "",
                  "Bath",
                  added,
                  "Responded",
                  f.w0.minusWeeks(3).plusDays(1).toString(),
                  "8",
                  "Manual"),
              List.of(
                  "Ben Test",
                  "Individual",
                  "",
                  "ben@example.com",
                  "",
                  "",
                  added,
                  "Converted",
                  f.w0.minusWeeks(2).plusDays(2).toString(),
                  "16",
                  "Outlook"),
              List.of(
                  "Cal Test",
                  "Individual",
                  "",
                  "",
                  "",
                  "York",
                  added,
                  "No response yet",
                  "",
                  "",
                  ""),
              List.of(
                  "Estate of Eve",
                  "Estate",
                  "Estate of Eve",
                  "",
                  "",
                  "",
                  added,
                  "Converted",
                  f.w0.minusWeeks(1).plusDays(4).toString(),
                  "25",
                  "Import"),
              List.of(
                  "Gus Test",
                  "Individual",
                  "",
                  "",
                  "",
                  "",
                  added,
                  "Responded",
                  f.week(0),
                  "28",
                  "Outlook"));

      // The charts read exactly the rows written: 4 weeks, 29 days, 6 members.
      assertThat(ranges(chart(book, "Over time", "Responses by week")))
          .containsExactly(
              "'Over time'!$B$1",
              "'Over time'!$A$2:$A$5",
              "'Over time'!$B$2:$B$5",
              "'Over time'!$C$1",
              "'Over time'!$A$2:$A$5",
              "'Over time'!$C$2:$C$5");
      assertThat(ranges(chart(book, "Days to response", "Days from sending to response")))
          .contains("'Days to response'!$A$2:$A$30", "'Days to response'!$B$2:$B$30");
      assertThat(ranges(chart(book, "Summary", "From members to conversions")))
          .contains("Summary!$D$5:$D$7", "Summary!$E$5:$E$7");
      var weekly =
          chart(book, "Over time", "Responses by week")
              .getCTChart()
              .getPlotArea()
              .getLineChartArray(0)
              .getSerArray(0)
              .getVal()
              .getNumRef()
              .getNumCache();
      assertThat(weekly.getPtCount().getVal()).isEqualTo(4);
      assertThat(weekly.getPtList())
          .extracting(pt -> pt.getV())
          .containsExactly("2.0", "1.0", "1.0", "1.0");
      assertThat(ReportBooks.table(book, "Members").getArea().formatAsString()).isEqualTo("A1:K7");
      assertThat(ReportBooks.table(book, "Weeks").getCTTable().getAutoFilter().getRef())
          .isEqualTo("A1:C5");
      assertThat(ReportBooks.formulas(book)).isEmpty();
    }
  }

  @Test
  void aDraftsWorkbookSaysItIsNotInTheRates() throws Exception {
    try (XSSFWorkbook book =
        ReportBooks.open(download("/api/reports/campaigns/{id}.xlsx", f.blast))) {
      assertThat(named(book, "ReportSubtitle"))
          .startsWith("Email · draft: counted apart, no rates · 5 members");
      assertThat(rows(book, "Figures"))
          .contains(
              List.of("Response rate", "Draft: not in rates"),
              List.of("Conversion rate", "Draft: not in rates"),
              List.of("Responded", "3"),
              List.of("Median days to response", "9.0"));
      assertThat(rows(book, "ByChannel"))
          .containsExactly(List.of("Email", "5", "3", "1", "1", "1", "2", "", ""));
      assertThat(rows(book, "Members")).hasSize(5);
    }
    // No members at all: the tables keep one blank row, and the charts read it.
    var empty = f.campaign("Empty", "mail", "sent", f.w0);
    try (XSSFWorkbook book =
        ReportBooks.open(download("/api/reports/campaigns/{id}.xlsx", empty))) {
      assertThat(rows(book, "Members"))
          .containsExactly(List.of("", "", "", "", "", "", "", "", "", "", ""));
      assertThat(rows(book, "Weeks")).containsExactly(List.of("", "", ""));
      assertThat(ranges(chart(book, "Over time", "Responses by week")))
          .contains("'Over time'!$B$2:$B$2");
    }
  }

  @Test
  void thePortfolioWorkbookSetsThePeriodsCampaignsSideBySide() throws Exception {
    var from = f.w0.minusWeeks(4);
    var to = f.w0.plusDays(6);
    var response =
        api.get("/api/reports/portfolio.xlsx?from={from}&to={to}", from, to)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(response.getHeader("Content-Disposition"))
        .contains("filename=\"Campaigns " + from + " to " + to + " - report " + today + ".xlsx\"");
    try (XSSFWorkbook book = ReportBooks.open(response.getContentAsByteArray())) {
      assertThat(named(book, "ReportTitle")).isEqualTo("Campaigns from " + from + " to " + to);
      // Sent: Spring + Phone = 7 members, 6 responded (6/7 = 85.7%), 2 converted (28.6%); the blast
      // apart.
      assertThat(rows(book, "Figures"))
          .containsExactly(
              List.of("Campaigns sent", "2"),
              List.of("Draft campaigns", "1"),
              List.of("Members", "7"),
              List.of("No response yet", "1"),
              List.of("Responded", "6"),
              List.of("Converted", "2"),
              List.of("Not interested", "1"),
              List.of("Response rate", "85.7%"),
              List.of("Conversion rate", "28.6%"),
              List.of("Median days to response", "16.0"),
              List.of("Lower quartile (days)", "8.0"),
              List.of("Upper quartile (days)", "25.0"),
              List.of("Members of drafts", "5"));
      assertThat(rows(book, "Campaigns"))
          .containsExactly(
              List.of(
                  "Spring letter",
                  "Mail",
                  "Sent",
                  from.toString(),
                  "6",
                  "5",
                  "2",
                  "1",
                  "2",
                  "1",
                  "83.3%",
                  "33.3%",
                  "16.0"),
              List.of(
                  "Email blast",
                  "Email",
                  "Draft",
                  f.w0.minusWeeks(2).toString(),
                  "5",
                  "3",
                  "1",
                  "1",
                  "1",
                  "2",
                  "",
                  "",
                  "9.0"),
              List.of(
                  "Phone round",
                  "Phone",
                  "Completed",
                  "",
                  "1",
                  "1",
                  "0",
                  "0",
                  "1",
                  "0",
                  "100.0%",
                  "0.0%",
                  ""));
      // Sent only: W3 Ann, Acme; W2 Ben; W1 Eve; W0 Gus, Dee.
      assertThat(rows(book, "Weeks"))
          .containsExactly(
              List.of(f.week(3), "2", "2"),
              List.of(f.week(2), "1", "3"),
              List.of(f.week(1), "1", "4"),
              List.of(f.week(0), "2", "6"));
      assertThat(rows(book, "ByChannel"))
          .containsExactly(
              List.of("Email", "0", "0", "0", "0", "0", "0", "0.0%", "0.0%"),
              List.of("Phone", "1", "1", "0", "0", "1", "0", "100.0%", "0.0%"),
              List.of("Mail", "6", "5", "2", "1", "2", "1", "83.3%", "33.3%"));
      assertThat(rows(book, "ByContactType"))
          .containsExactly(
              List.of("Individual", "5", "4", "1", "0", "3", "1", "80.0%", "20.0%"),
              List.of("Business", "1", "1", "0", "1", "0", "0", "100.0%", "0.0%"),
              List.of("Estate", "1", "1", "1", "0", "0", "0", "100.0%", "100.0%"));
      assertThat(ranges(chart(book, "Campaigns", "Response and conversion rate by campaign")))
          .contains("Campaigns!$A$22:$A$24", "Campaigns!$K$22:$K$24", "Campaigns!$L$22:$L$24");
      assertThat(ReportBooks.formulas(book)).isEmpty();
    }
    api.get("/api/reports/portfolio.xlsx?from={from}&to={to}", to, from)
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void textThatLooksLikeAFormulaComesOutAsTextInTheWorkbookAndThePdf() throws Exception {
    var link =
        f.api.create(
            "/api/contacts",
            """
        {"type":"business","companyName":"=HYPERLINK(\\"http://x\\",\\"y\\")"}""");
    var sum = f.person("@SUM(1)", null, "+44 city");
    var minus = f.person("-2+3", "minus@example.com", null);
    var campaign = f.campaign("=1+1 appeal", "email", "sent", f.w0);
    f.members(campaign, link, sum, minus);
    try (XSSFWorkbook book =
        ReportBooks.open(download("/api/reports/campaigns/{id}.xlsx", campaign))) {
      assertThat(ReportBooks.formulas(book)).isEmpty();
      var title = book.getSheet("Summary").getRow(0).getCell(0);
      assertThat(title.getCellType()).isEqualTo(CellType.STRING);
      assertThat(title.getStringCellValue()).isEqualTo("=1+1 appeal");
      assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        var name = cell(book, "Members", i, 0);
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getCellStyle().getQuotePrefixed()).as(name.getStringCellValue()).isTrue();
        names.add(name.getStringCellValue());
      }
      assertThat(names)
          .containsExactlyInAnyOrder("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1) Test", "-2+3 Test");
      var company = cell(book, "Members", names.indexOf("=HYPERLINK(\"http://x\",\"y\")"), 2);
      assertThat(company.getCellType()).isEqualTo(CellType.STRING);
      assertThat(company.getCellStyle().getQuotePrefixed()).isTrue();
      var city = cell(book, "Members", names.indexOf("@SUM(1) Test"), 5);
      assertThat(city.getStringCellValue()).isEqualTo("+44 city");
      assertThat(city.getCellStyle().getQuotePrefixed()).isTrue();
      var email = cell(book, "Members", names.indexOf("-2+3 Test"), 3);
      assertThat(email.getCellStyle().getQuotePrefixed())
          .as("an ordinary email is not marked")
          .isFalse();
    }
    var pdf =
        api.get("/api/reports/campaigns/{id}.pdf", campaign)
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", ReportFile.PDF))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    String text = PdfText.of(pdf);
    assertThat(text)
        .contains("=1+1 appeal", "=HYPERLINK(\"http://x\",\"y\")", "@SUM(1) Test", "-2+3 Test");
  }

  @Test
  void theCampaignPdfShowsTheFiguresAndTheDefinitions() throws Exception {
    var response =
        api.get("/api/reports/campaigns/{id}.pdf", f.spring)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(response.getHeader("Content-Disposition"))
        .contains("filename=\"Spring letter - report " + today + ".pdf\"");
    String text = PdfText.of(response.getContentAsByteArray());
    assertThat(text)
        .contains(
            "Spring letter",
            "83.3%",
            "33.3%",
            "16.0",
            "Estate of Eve",
            "Gus Test",
            "Response rate = responded / members of campaigns that were sent.");
  }

  /**
   * Excel repairs a workbook whose parts break the Office Open XML schemas; these are checked
   * against them (POI's full schema set), for both reports.
   */
  @Test
  void everyPartOfBothReportsIsValidAgainstTheOfficeSchemas() throws Exception {
    var portfolio =
        download("/api/reports/portfolio.xlsx?from={from}&to={to}", f.w0.minusWeeks(4), f.w0);
    for (byte[] xlsx : List.of(download("/api/reports/campaigns/{id}.xlsx", f.spring), portfolio)) {
      try (XSSFWorkbook book = ReportBooks.open(xlsx)) {
        List<String> errors = new ArrayList<>();
        validate("workbook", book.getCTWorkbook(), errors);
        validate("styles", book.getStylesSource().getCTStylesheet(), errors);
        for (var sheet : book) {
          var s = (org.apache.poi.xssf.usermodel.XSSFSheet) sheet;
          validate(s.getSheetName(), s.getCTWorksheet(), errors);
          for (var table : s.getTables()) {
            validate("table " + table.getName(), table.getCTTable(), errors);
          }
          if (s.getDrawingPatriarch() != null) {
            validate(
                "drawing of " + s.getSheetName(), s.getDrawingPatriarch().getCTDrawing(), errors);
            for (var chart : s.getDrawingPatriarch().getCharts()) {
              validate("chart on " + s.getSheetName(), chart.getCTChartSpace(), errors);
            }
          }
        }
        assertThat(errors).isEmpty();
      }
    }
  }

  private static void validate(
      String part, org.apache.xmlbeans.XmlObject xml, List<String> errors) {
    var found = new ArrayList<org.apache.xmlbeans.XmlError>();
    var options = new org.apache.xmlbeans.XmlOptions().setErrorListener(found);
    if (!xml.validate(options)) {
      found.forEach(error -> errors.add(part + ": " + error.getMessage()));
    }
  }

  @Test
  void reportsOfUnknownAndOtherFirmsCampaignsAreNotFound() throws Exception {
    api.get("/api/reports/campaigns/{id}.xlsx", f.old).andExpect(status().isNotFound());
    var other = signIn(newFirm(), dev.steward.identity.Role.VIEWER);
    other.get("/api/reports/campaigns/{id}.xlsx", f.spring).andExpect(status().isNotFound());
    other.get("/api/reports/campaigns/{id}.pdf", f.spring).andExpect(status().isNotFound());
  }
}
