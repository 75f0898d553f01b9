package dev.steward.reports;

import static dev.steward.reports.ReportBooks.chart;
import static dev.steward.reports.ReportBooks.kinds;
import static dev.steward.reports.ReportBooks.ranges;
import static dev.steward.reports.ReportBooks.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import dev.steward.platform.export.Downloads;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A firm's own templates: restyled in Excel, checked on upload, used for every report, and
 * restored.
 */
class ReportTemplatesIntegrationTest extends IntegrationTest {

  private HandComputedFirm f;

  @BeforeEach
  void buildTheFirm() throws Exception {
    f = new HandComputedFirm(api).build();
  }

  private ResultActions upload(Api as, String kind, byte[] file) throws Exception {
    return mvc.perform(
        MockMvcRequestBuilders.multipart(HttpMethod.PUT, "/api/reports/templates/{kind}", kind)
            .file(new MockMultipartFile("file", "Our firm's template.xlsx", ReportFile.XLSX, file))
            .header("Authorization", "Bearer " + as.accessToken()));
  }

  private byte[] current(String kind) throws Exception {
    return api.get("/api/reports/templates/{kind}.xlsx", kind)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private static byte[] bytes(XSSFWorkbook book) throws IOException {
    var out = new ByteArrayOutputStream();
    book.write(out);
    return out.toByteArray();
  }

  @Test
  void aRestyledTemplateKeepsItsFontsColoursAndChartTypesInTheReport() throws Exception {
    byte[] restyled;
    try (var book = ReportBooks.open(current("campaign"))) {
      // A manager's restyling: Georgia headings in dark red, another table style, and the weekly
      // line as columns.
      var title = book.getSheet("Summary").getRow(0).getCell(0);
      var titleStyle = book.createCellStyle();
      titleStyle.cloneStyleFrom(title.getCellStyle());
      var georgia = book.createFont();
      georgia.setFontName("Georgia");
      georgia.setFontHeightInPoints((short) 24);
      georgia.setColor(new XSSFColor(new byte[] {(byte) 0x8B, 0, 0}));
      titleStyle.setFont(georgia);
      title.setCellStyle(titleStyle);
      var figuresHeader = book.getSheet("Summary").getRow(3).getCell(0);
      var headerStyle = book.createCellStyle();
      headerStyle.cloneStyleFrom(figuresHeader.getCellStyle());
      headerStyle.setFont(georgia);
      figuresHeader.setCellStyle(headerStyle);
      var valueStyle = book.createCellStyle();
      valueStyle.cloneStyleFrom(ReportBooks.cell(book, "Figures", 0, 1).getCellStyle());
      valueStyle.setFont(georgia);
      ReportBooks.cell(book, "Figures", 0, 1).setCellStyle(valueStyle);
      ReportBooks.table(book, "Weeks")
          .getCTTable()
          .getTableStyleInfo()
          .setName("TableStyleMedium9");
      var plot = chart(book, "Over time", "Responses by week").getCTChart().getPlotArea();
      var line = plot.getLineChartArray(0);
      var bar = plot.addNewBarChart();
      bar.addNewBarDir().setVal(STBarDir.COL);
      bar.addNewGrouping().setVal(STBarGrouping.CLUSTERED);
      bar.addNewVaryColors().setVal(false);
      for (var series : line.getSerList()) {
        var s = bar.addNewSer();
        s.addNewIdx().setVal(series.getIdx().getVal());
        s.addNewOrder().setVal(series.getOrder().getVal());
        s.setTx(series.getTx());
        s.setCat(series.getCat());
        s.setVal(series.getVal());
      }
      line.getAxIdList().forEach(axis -> bar.addNewAxId().setVal(axis.getVal()));
      plot.removeLineChart(0);
      restyled = bytes(book);
    }
    upload(api, "campaign", restyled).andExpect(status().isNoContent());
    api.get("/api/reports/templates")
        .andExpect(jsonPath("$[*].kind", contains("campaign", "portfolio")))
        .andExpect(jsonPath("$[0].custom").value(true))
        .andExpect(jsonPath("$[0].fileName").value("Our firm's template.xlsx"))
        .andExpect(jsonPath("$[0].uploadedAt").exists())
        .andExpect(jsonPath("$[0].uploadedByName").value("Test admin"))
        .andExpect(jsonPath("$[1].custom").value(false));

    byte[] report =
        api.get("/api/reports/campaigns/{id}.xlsx", f.spring)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var book = ReportBooks.open(report)) {
      var title = book.getSheet("Summary").getRow(0).getCell(0);
      assertThat(title.getStringCellValue()).isEqualTo("Spring letter");
      var font = book.getFontAt(title.getCellStyle().getFontIndex());
      assertThat(font.getFontName()).isEqualTo("Georgia");
      assertThat(font.getFontHeightInPoints()).isEqualTo((short) 24);
      assertThat(font.getXSSFColor().getARGBHex()).endsWith("8B0000");
      assertThat(
              book.getFontAt(
                      book.getSheet("Summary").getRow(3).getCell(0).getCellStyle().getFontIndex())
                  .getFontName())
          .isEqualTo("Georgia");
      var members = ReportBooks.cell(book, "Figures", 0, 1);
      assertThat(members.getNumericCellValue()).isEqualTo(6);
      assertThat(book.getFontAt(members.getCellStyle().getFontIndex()).getFontName())
          .isEqualTo("Georgia");
      assertThat(ReportBooks.table(book, "Weeks").getCTTable().getTableStyleInfo().getName())
          .isEqualTo("TableStyleMedium9");
      var weekly = chart(book, "Over time", "Responses by week");
      assertThat(kinds(weekly)).containsExactly("barChart");
      assertThat(ranges(weekly)).contains("'Over time'!$A$2:$A$5", "'Over time'!$B$2:$B$5");
      assertThat(rows(book, "Weeks")).hasSize(4);
    }
    // The audit log has it; restoring goes back to the built-in template, once.
    api.get("/api/audit?action=report_template.uploaded")
        .andExpect(jsonPath("$.items[0].changes.kind").value("campaign"));
    api.delete("/api/reports/templates/{kind}", "campaign").andExpect(status().isNoContent());
    api.delete("/api/reports/templates/{kind}", "campaign").andExpect(status().isNotFound());
    api.get("/api/audit?action=report_template.restored")
        .andExpect(jsonPath("$.items[0].changes.kind").value("campaign"));
    api.get("/api/reports/templates").andExpect(jsonPath("$[0].custom").value(false));
    try (var book =
        ReportBooks.open(
            api.get("/api/reports/campaigns/{id}.xlsx", f.spring)
                .andReturn()
                .getResponse()
                .getContentAsByteArray())) {
      assertThat(kinds(chart(book, "Over time", "Responses by week"))).containsExactly("lineChart");
    }
  }

  @Test
  void aTemplateWithoutANamedTableIsRefusedWithAProblemNamingIt() throws Exception {
    byte[] broken;
    try (var book = ReportBooks.open(current("campaign"))) {
      var weeks = ReportBooks.table(book, "Weeks");
      weeks.setName("Weekly");
      weeks.setDisplayName("Weekly");
      var days = ReportBooks.table(book, "DaysToResponse");
      days.getXSSFSheet().getRow(0).getCell(1).setCellValue("Replies");
      days.updateHeaders();
      broken = bytes(book);
    }
    upload(api, "campaign", broken)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("template-incomplete"))
        .andExpect(
            jsonPath(
                "$.missing",
                contains("table Weeks", "column \"Responses\" of table DaysToResponse")))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("table Weeks")));
    api.get("/api/reports/templates").andExpect(jsonPath("$[0].custom").value(false));
  }

  @Test
  void anOrdinaryWorkbookSuchAsStewardsOwnContactExportIsRefusedNamingTheTablesItLacks()
      throws Exception {
    byte[] export = Downloads.get(mvc, api, "/api/contacts/export.xlsx").body();
    try (var book = ReportBooks.open(export)) {
      assertThat(book.getNumberOfSheets()).as("a workbook Excel opens").isPositive();
    }

    upload(api, "campaign", export)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("template-incomplete"))
        .andExpect(
            jsonPath(
                "$.missing",
                contains(
                    "table Figures",
                    "table Funnel",
                    "table Weeks",
                    "table DaysToResponse",
                    "table ByContactType",
                    "table ByChannel",
                    "table Members")))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    org.hamcrest.Matchers.startsWith(
                        "The campaign template lacks table Figures, table Funnel")));
    api.get("/api/reports/templates").andExpect(jsonPath("$[0].custom").value(false));
  }

  @Test
  void aTemplateWhoseTableCannotGrowIsRefusedBeforeAnyReportUsesIt() throws Exception {
    byte[] blocked;
    try (var book = ReportBooks.open(current("portfolio"))) {
      // A note typed right under the Campaigns table: the table could not grow past the sample's
      // three rows.
      book.getSheet("Campaigns")
          .createRow(25)
          .createCell(0)
          .setCellValue("Prepared by the marketing team");
      blocked = bytes(book);
    }
    upload(api, "portfolio", blocked)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("template-layout"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Campaigns")));
  }

  @Test
  void filesThatAreNoWorkbookOrUnpackToFarTooMuchAreRefused() throws Exception {
    upload(api, "campaign", "name,email\nAda,ada@example.com\n".getBytes())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("damaged-workbook"));
    var bomb = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bomb)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 60; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(bomb.size()).isLessThan(1024 * 1024);
    upload(api, "campaign", bomb.toByteArray())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value("zip-bomb"));
    upload(api, "campaign", new byte[6 * 1024 * 1024])
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.code").value("template-too-large"));
    upload(api, "letterhead", current("campaign")).andExpect(status().isNotFound());
  }

  @Test
  void onlyAdminsChangeTemplatesAndEachFirmHasItsOwn() throws Exception {
    var viewer = signIn(firm, Role.VIEWER);
    var user = signIn(firm, Role.USER);
    byte[] template = current("portfolio");
    upload(user, "portfolio", template).andExpect(status().isForbidden());
    viewer.delete("/api/reports/templates/{kind}", "portfolio").andExpect(status().isForbidden());
    viewer.get("/api/reports/templates").andExpect(status().isOk());
    viewer.get("/api/reports/templates/{kind}.xlsx", "portfolio").andExpect(status().isOk());
    upload(api, "portfolio", template).andExpect(status().isNoContent());
    var other = signIn(newFirm(), Role.ADMIN);
    other.get("/api/reports/templates").andExpect(jsonPath("$[1].custom").value(false));
    other.delete("/api/reports/templates/{kind}", "portfolio").andExpect(status().isNotFound());
  }
}
