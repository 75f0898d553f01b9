package dev.steward.reports.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.steward.Api;
import dev.steward.tenancy.TenantSettings;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A firm's report schedule through the API, and the delivery of a due report into OneDrive as the
 * app.
 */
class ReportScheduleIntegrationTest extends DeliveryTestSupport {

  @Autowired ReportDeliveries deliveries;

  @Test
  void aFirmWithoutAScheduleSeesTheDefaultsSwitchedOff() throws Exception {
    var response = api.get("/api/reports/schedule").andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(200);
    String body = response.getContentAsString();
    assertThat((Boolean) JsonPath.read(body, "$.enabled")).isFalse();
    assertThat((String) JsonPath.read(body, "$.frequency")).isEqualTo("weekly");
    assertThat((String) JsonPath.read(body, "$.report")).isEqualTo("portfolio");
    assertThat(body).doesNotContain("\"version\"").doesNotContain("nextRunAt");
    assertThat(response.getHeader("ETag")).isNull();
  }

  @Test
  void aWeeklyScheduleRunsNextOnItsDayAndTimeInItsZoneAndStaleEditsAreRefused() throws Exception {
    String weekly =
        """
        {"enabled": true, "frequency": "weekly", "dayOfWeek": 1, "time": "07:30", "timeZone": "Europe/London",
         "report": "portfolio", "destination": {"drive": "site", "owner": "contoso.sharepoint.com,1a2b,3c4d",
         "folder": "/Shared Documents//Reports/"}%s}""";
    var saved = api.put("/api/reports/schedule", weekly.formatted("")).andReturn().getResponse();

    assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
    assertThat(saved.getHeader("ETag")).isEqualTo("\"0\"");
    String body = saved.getContentAsString();
    var next = Instant.parse(JsonPath.read(body, "$.nextRunAt")).atZone(ZoneId.of("Europe/London"));
    assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(next.toLocalTime()).isEqualTo(LocalTime.of(7, 30));
    assertThat(next.toInstant())
        .isAfter(Instant.now())
        .isBefore(Instant.now().plusSeconds(7 * 86_400 + 3_600));
    assertThat((String) JsonPath.read(body, "$.destination.folder"))
        .isEqualTo("Shared Documents/Reports");

    assertThat(
            api.put("/api/reports/schedule", weekly.formatted(", \"version\": 0"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    var stale =
        api.put("/api/reports/schedule", weekly.formatted(", \"version\": 0"))
            .andReturn()
            .getResponse();
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat((Integer) JsonPath.read(stale.getContentAsString(), "$.currentVersion"))
        .isEqualTo(1);
    var unversioned =
        api.put("/api/reports/schedule", weekly.formatted("")).andReturn().getResponse();
    assertThat(unversioned.getStatus())
        .as("a second save must say which version it changes")
        .isEqualTo(428);
  }

  @Test
  void rulesAcrossFieldsAreCheckedAndEachProblemNamesItsField() throws Exception {
    var response =
        api.put(
                "/api/reports/schedule",
                """
        {"enabled": true, "frequency": "weekly", "time": "07:00", "report": "campaign",
         "destination": {"drive": "user", "owner": "reports@contoso.example", "folder": "Reports/../Secret"}}""")
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(422);
    List<String> fields = JsonPath.read(response.getContentAsString(), "$.errors[*].field");
    assertThat(fields).containsExactlyInAnyOrder("dayOfWeek", "campaignId", "destination.folder");

    var zone =
        api.put(
                "/api/reports/schedule",
                """
        {"enabled": true, "frequency": "daily", "time": "07:00", "timeZone": "Mars/Olympus_Mons",
         "report": "portfolio", "destination": {"drive": "user", "owner": "reports@contoso.example"}}""")
            .andReturn()
            .getResponse();
    assertThat(zone.getStatus()).isEqualTo(422);
    List<String> zoneFields = JsonPath.read(zone.getContentAsString(), "$.errors[*].field");
    assertThat(zoneFields).containsExactly("timeZone");
  }

  @Test
  void aDueReportCoversThePeriodJustEndedAndGoesIntoTheFolderAsTheAppOfTheFirmsTenant()
      throws Exception {
    String firmTenant = UUID.randomUUID().toString();
    connectToMicrosoftTenant(firmTenant);
    graphAcceptsUploads(firmTenant, "app-token-" + firmTenant);
    assertThat(
            api.put("/api/reports/schedule", dailyPortfolioInto("Reports/Daily"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    dueNow(firm);

    deliveries.deliverDue();

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(content.of(firm))
        .containsExactly(firm + " portfolio " + today.minusDays(1) + " " + today.minusDays(1));
    String fileName = "Portfolio " + today.minusDays(1) + " to " + today.minusDays(1) + ".xlsx";
    var uploads =
        MICROSOFT
            .server()
            .findAll(
                putRequestedFor(
                    urlPathMatching(
                        "/v1.0/drives/"
                            + DRIVE
                            + "/root:/Reports/Daily/"
                            + fileName.replace(" ", "%20")
                            + ":/content")));
    assertThat(uploads).hasSize(1);
    assertThat(uploads.get(0).getBody()).isEqualTo(WORKBOOK);
    assertThat(uploads.get(0).getHeader("Authorization"))
        .isEqualTo("Bearer app-token-" + firmTenant);
    assertThat(MICROSOFT.tokenRequests(firmTenant))
        .isNotEmpty()
        .allSatisfy(token -> assertThat(token).containsEntry("grant_type", "client_credentials"));

    String runs =
        api.get("/api/reports/schedule/runs").andReturn().getResponse().getContentAsString();
    assertThat((List<String>) JsonPath.read(runs, "$[*].status")).containsExactly("delivered");
    assertThat((String) JsonPath.read(runs, "$[0].fileName")).isEqualTo("Portfolio.xlsx");
    assertThat((String) JsonPath.read(runs, "$[0].webUrl"))
        .startsWith("https://contoso-my.sharepoint.com/");
    assertThat((String) JsonPath.read(runs, "$[0].periodFrom"))
        .isEqualTo(today.minusDays(1).toString());
    assertThat(nextRunAt()).isAfter(Instant.now());

    deliveries.deliverDue();
    assertThat(content.of(firm)).as("not due again until tomorrow").hasSize(1);
  }

  @Test
  void aRefusedUploadIsRecordedWithGraphsReasonAndTheScheduleMovesOn() throws Exception {
    String firmTenant = UUID.randomUUID().toString();
    connectToMicrosoftTenant(firmTenant);
    graphAcceptsUploads(firmTenant, "app-token-" + firmTenant);
    MICROSOFT
        .server()
        .stubFor(
            put(urlPathMatching("/v1.0/drives/" + DRIVE + "/root:/Reports/Refused/.*"))
                .willReturn(
                    aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                            """
            {"error": {"code": "accessDenied", "message": "The caller does not have permission to perform the action."}}
            """)));
    api.put("/api/reports/schedule", dailyPortfolioInto("Reports/Refused"));
    dueNow(firm);

    deliveries.deliverDue();

    String runs =
        api.get("/api/reports/schedule/runs").andReturn().getResponse().getContentAsString();
    assertThat((List<String>) JsonPath.read(runs, "$[*].status")).containsExactly("failed");
    assertThat((String) JsonPath.read(runs, "$[0].error"))
        .contains("403")
        .contains("accessDenied")
        .contains("does not have permission");
    assertThat(nextRunAt()).isAfter(Instant.now());
  }

  @Test
  void aCampaignThatNoLongerExistsFailsTheRunSayingSo() throws Exception {
    UUID campaign = UUID.randomUUID();
    api.put(
        "/api/reports/schedule",
        """
        {"enabled": true, "frequency": "monthly", "dayOfMonth": 1, "time": "06:00", "report": "campaign",
         "campaignId": "%s", "destination": {"drive": "user", "owner": "%s", "folder": "Reports"}}"""
            .formatted(campaign, REPORTS_USER));
    dueNow(firm);

    deliveries.deliverDue();

    String runs =
        api.get("/api/reports/schedule/runs").andReturn().getResponse().getContentAsString();
    assertThat((String) JsonPath.read(runs, "$[0].status")).isEqualTo("failed");
    assertThat((String) JsonPath.read(runs, "$[0].error"))
        .isEqualTo("Campaign " + campaign + " no longer exists.");
  }

  @Test
  void anotherFirmsScheduleIsNeitherSeenNorRun() throws Exception {
    api.put("/api/reports/schedule", dailyPortfolioInto("Reports/Mine"));
    UUID other = newFirm();
    Api otherAdmin = signIn(other, dev.steward.identity.Role.ADMIN);

    String theirs =
        otherAdmin.get("/api/reports/schedule").andReturn().getResponse().getContentAsString();
    assertThat((Boolean) JsonPath.read(theirs, "$.enabled")).isFalse();
    assertThat(
            inFirm(
                other,
                () -> jdbc.sql("select count(*) from report_schedules").query(Long.class).single()))
        .isZero();
  }

  private void connectToMicrosoftTenant(String tenant) {
    var info = tenants.find(firm).orElseThrow();
    tenants.update(
        firm,
        new TenantSettings(
            info.name(),
            info.subdomain(),
            UUID.fromString(tenant),
            info.mfaRequired(),
            null,
            null,
            null),
        info.version());
  }

  private Instant nextRunAt() {
    return inFirm(
        firm,
        () ->
            jdbc.sql("select next_run_at from report_schedules")
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant());
  }
}
