package dev.steward.reports.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import dev.steward.IntegrationTest;
import dev.steward.microsoft.FakeMicrosoft;
import dev.steward.tenancy.CurrentTenant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service with WireMock playing Microsoft (authority and Graph) and a report content that
 * records what it was asked for. The service's own job scheduler is off, so that a test decides
 * when deliveries run.
 */
@Import(RecordingContentConfiguration.class)
@TestPropertySource(
    properties = {"steward.jobs.enabled=false", "steward.reports.delivery.poll-interval=1s"})
abstract class DeliveryTestSupport extends IntegrationTest {

  static final FakeMicrosoft MICROSOFT = FakeMicrosoft.startForSpringTests();
  static final String REPORTS_USER = "reports@contoso.example";
  static final String DRIVE = "b!rEpOrTsDrIvE0123456789";
  static final byte[] WORKBOOK = "a workbook's bytes, as the content made them".getBytes();

  @DynamicPropertySource
  static void microsoft(DynamicPropertyRegistry registry) {
    MICROSOFT.register(registry);
  }

  @Autowired RecordingContent content;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  /**
   * Graph as it answers a delivery into {@link #REPORTS_USER}'s OneDrive, for the app in {@code
   * tenant}.
   */
  void graphAcceptsUploads(String tenant, String token) {
    MICROSOFT.issuesAppToken(tenant, token);
    MICROSOFT
        .server()
        .stubFor(
            get(urlEqualTo("/v1.0/users/" + REPORTS_USER.replace("@", "%40") + "/drive"))
                .willReturn(okJson(FakeMicrosoft.json("drive.json", Map.of("driveId", DRIVE)))));
    MICROSOFT
        .server()
        .stubFor(
            put(urlPathMatching("/v1.0/drives/" + DRIVE + "/root:/Reports/.*:/content"))
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            FakeMicrosoft.json(
                                "drive-item.json",
                                Map.of(
                                    "driveId",
                                    DRIVE,
                                    "itemId",
                                    "ITEM-" + UUID.randomUUID(),
                                    "name",
                                    "Portfolio.xlsx",
                                    "size",
                                    WORKBOOK.length)))));
  }

  String dailyPortfolioInto(String folder) {
    return """
        {"enabled": true, "frequency": "daily", "time": "07:00", "timeZone": "UTC", "report": "portfolio",
         "destination": {"drive": "user", "owner": "%s", "folder": "%s"}}"""
        .formatted(REPORTS_USER, folder);
  }

  /** Makes the firm's schedule due a minute ago, as if its time had just passed. */
  void dueNow(UUID firm) {
    inFirm(
        firm,
        () ->
            jdbc.sql("update report_schedules set next_run_at = now() - interval '1 minute'")
                .update());
  }

  <T> T inFirm(UUID firm, java.util.function.Supplier<T> work) {
    return CurrentTenant.callAs(
        firm, () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
  }

  /** Report content that records each request and answers with {@link #WORKBOOK}. */
  static final class RecordingContent implements ScheduledReportContent {

    final List<String> requests = new CopyOnWriteArrayList<>();

    @Override
    public ScheduledReport portfolio(LocalDate from, LocalDate to) {
      requests.add(CurrentTenant.require() + " portfolio " + from + " " + to);
      return ScheduledReport.of(
          "Portfolio " + from + " to " + to + ".xlsx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          WORKBOOK);
    }

    @Override
    public ScheduledReport campaign(UUID campaignId) {
      requests.add(CurrentTenant.require() + " campaign " + campaignId);
      throw new ReportUnavailableException("Campaign " + campaignId + " no longer exists.");
    }

    List<String> of(UUID firm) {
      return requests.stream().filter(request -> request.startsWith(firm.toString())).toList();
    }
  }
}
