package dev.steward.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed templates are what {@link ReportTemplateGenerator} makes. To change a template, change the generator
 * and run {@code ./mvnw -pl excel-templates test -Dsteward.templates.write=true}, which writes the files anew.
 */
class ReportTemplatesTest {

  private static final Path COMMITTED = Path.of("src/main/resources/excel-templates");

  @BeforeAll
  static void writeWhenAsked() throws IOException {
    if (Boolean.getBoolean("steward.templates.write")) {
      ReportTemplateGenerator.writeAll(COMMITTED);
    }
  }

  @Test
  void theCommittedCampaignTemplateIsWhatTheGeneratorMakes() throws IOException {
    try (var made = ReportTemplateGenerator.campaign(); var committed = committed(ReportTemplateGenerator.CAMPAIGN)) {
      assertThat(WorkbookShape.of(committed)).containsExactlyElementsOf(WorkbookShape.of(made));
    }
  }

  @Test
  void theCommittedPortfolioTemplateIsWhatTheGeneratorMakes() throws IOException {
    try (var made = ReportTemplateGenerator.portfolio();
        var committed = committed(ReportTemplateGenerator.PORTFOLIO)) {
      assertThat(WorkbookShape.of(committed)).containsExactlyElementsOf(WorkbookShape.of(made));
    }
  }

  @Test
  void theCampaignTemplateHasItsTablesAndChartsOnThem() throws IOException {
    try (var book = committed(ReportTemplateGenerator.CAMPAIGN)) {
      var shape = String.join("\n", WorkbookShape.of(book));
      assertThat(sheets(book)).containsExactly("Summary", "Over time", "Days to response", "By contact type",
          "By channel", "Members");
      assertThat(shape)
          .contains("table Figures A4:B14 columns=[Figure, Value]")
          .contains("table Funnel D4:E7 columns=[Stage, Members]")
          .contains("table Weeks A1:C6 columns=[Week starting, Responses, Cumulative responses]")
          .contains("table DaysToResponse A1:B10 columns=[Days after sending, Responses]")
          .contains("table ByContactType A1:I4 columns=[Contact type, Members, Responded, Converted, Not interested,"
              + " Other responses, No response yet, Response rate, Conversion rate]")
          .contains("table Members A1:K2 columns=[Name, Type, Company, Email, Phone, City, Added, Status,"
              + " Response date, Days to response, Recorded via]")
          .contains("chart From members to conversions barChart(bar,clustered)")
          .contains("ref Summary!$D$5:$D$7")
          .contains("chart Responses by week lineChart")
          .contains("ref 'Over time'!$B$2:$B$6")
          .contains("chart Days from sending to response barChart(col,clustered)")
          .contains("chart Members by outcome, by contact type barChart(bar,stacked)")
          .contains("ref 'By contact type'!$D$2:$D$4")
          .contains("name ReportTitle = 'Summary'!$A$1")
          .contains("name Definitions = 'Summary'!$A$17:$A$21");
    }
  }

  @Test
  void thePortfolioTemplateSetsCampaignsSideBySide() throws IOException {
    try (var book = committed(ReportTemplateGenerator.PORTFOLIO)) {
      var shape = String.join("\n", WorkbookShape.of(book));
      assertThat(sheets(book)).containsExactly("Summary", "Campaigns", "Over time", "Days to response",
          "By contact type", "By channel");
      assertThat(shape)
          .contains("table Campaigns A21:M24 columns=[Campaign, Channel, Status, Send date, Members, Responded,"
              + " Converted, Not interested, Other responses, No response yet, Response rate, Conversion rate,"
              + " Median days to response]")
          .contains("chart Response and conversion rate by campaign barChart(col,clustered)")
          .contains("ref Campaigns!$K$22:$K$24")
          .contains("chart Members by outcome barChart(bar,stacked)")
          .contains("table ByChannel A1:I4");
    }
  }

  private static List<String> sheets(XSSFWorkbook book) {
    var names = new java.util.ArrayList<String>();
    book.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  /** The committed file itself (the copy on the classpath may be older when the generator just wrote it). */
  private static XSSFWorkbook committed(String file) throws IOException {
    try (InputStream in = Files.newInputStream(COMMITTED.resolve(file))) {
      return new XSSFWorkbook(in);
    }
  }
}
