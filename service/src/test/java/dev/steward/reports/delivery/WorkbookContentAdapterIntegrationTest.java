package dev.steward.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.IntegrationTest;
import dev.steward.tenancy.CurrentTenant;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A scheduled delivery hands OneDrive the same report workbooks that a download gives. */
class WorkbookContentAdapterIntegrationTest extends IntegrationTest {

  @Autowired WorkbookContentAdapter content;

  @Test
  void aScheduledCampaignOrPortfolioReportIsTheRealWorkbook() throws Exception {
    var campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"Winter pension review","channel":"mail","status":"sent","sendDate":"%s"}"""
                .formatted(LocalDate.now().minusDays(3)));

    var report = CurrentTenant.callAs(firm, () -> content.campaign(campaign));
    assertThat(report.fileName()).startsWith("Winter pension review - report ").endsWith(".xlsx");
    byte[] bytes = report.content().getInputStream().readAllBytes();
    assertThat(bytes.length).isEqualTo((int) report.size());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(workbook.getNumberOfSheets()).isGreaterThan(1);
      assertThat(workbook.getTable("Members")).as("the member table of the template").isNotNull();
    }
    assertThat(report.content().getInputStream().readAllBytes())
        .as("readable again, for a resumed upload")
        .isEqualTo(bytes);

    var portfolio =
        CurrentTenant.callAs(
            firm, () -> content.portfolio(LocalDate.now().minusDays(30), LocalDate.now()));
    assertThat(portfolio.fileName()).endsWith(".xlsx");
    try (var workbook = new XSSFWorkbook(portfolio.content().getInputStream())) {
      assertThat(workbook.getNumberOfSheets()).isPositive();
    }
  }
}
