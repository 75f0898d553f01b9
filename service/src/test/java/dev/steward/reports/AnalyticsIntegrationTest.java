package dev.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The figures of {@link HandComputedFirm}, through the API, against the sums worked out by hand
 * below.
 */
class AnalyticsIntegrationTest extends IntegrationTest {

  private HandComputedFirm f;

  @BeforeEach
  void buildTheFirm() throws Exception {
    f = new HandComputedFirm(api).build();
  }

  @Test
  void dashboardCountsOnlySentCampaignsInItsRatesAndDraftsApart() throws Exception {
    var dashboard =
        api.get("/api/analytics/dashboard")
            .andExpect(status().isOk())
            // Live contacts: 5 individuals (Tom is trashed), 2 businesses, 2 estates.
            .andExpect(jsonPath("$.contactsByType.individual").value(5))
            .andExpect(jsonPath("$.contactsByType.business").value(2))
            .andExpect(jsonPath("$.contactsByType.estate").value(2))
            .andExpect(jsonPath("$.campaignsByStatus.draft").value(1))
            .andExpect(jsonPath("$.campaignsByStatus.sent").value(1))
            .andExpect(jsonPath("$.campaignsByStatus.completed").value(1))
            // Sent: Spring (Ann, Ben, Cal, Acme, Eve, Gus) + Phone (Dee) = 7 members. Responded:
            // Ann, Ben, Acme, Eve, Gus,
            // Dee = 6. Converted: Ben, Eve = 2. Not interested: Acme = 1. Pending: Cal = 1.
            .andExpect(jsonPath("$.totals.members").value(7))
            .andExpect(jsonPath("$.totals.responded").value(6))
            .andExpect(jsonPath("$.totals.converted").value(2))
            .andExpect(jsonPath("$.totals.notInterested").value(1))
            .andExpect(jsonPath("$.totals.pending").value(1))
            // The draft blast apart: 5 members, Dee, Birch, Acme responded, Birch converted, Acme
            // not interested.
            .andExpect(jsonPath("$.drafts.members").value(5))
            .andExpect(jsonPath("$.drafts.responded").value(3))
            .andExpect(jsonPath("$.drafts.converted").value(1))
            .andExpect(jsonPath("$.drafts.notInterested").value(1))
            .andExpect(jsonPath("$.drafts.pending").value(2))
            // By channel (sent only): mail = Spring (6, 5, 2); email = the draft, so nothing; phone
            // (1, 1, 0).
            .andExpect(jsonPath("$.resultsByChannel.mail.members").value(6))
            .andExpect(jsonPath("$.resultsByChannel.mail.responded").value(5))
            .andExpect(jsonPath("$.resultsByChannel.mail.converted").value(2))
            .andExpect(jsonPath("$.resultsByChannel.mail.notInterested").value(1))
            .andExpect(jsonPath("$.resultsByChannel.mail.pending").value(1))
            .andExpect(jsonPath("$.resultsByChannel.email.members").value(0))
            .andExpect(jsonPath("$.resultsByChannel.phone.members").value(1))
            .andExpect(jsonPath("$.resultsByChannel.phone.responded").value(1))
            .andExpect(jsonPath("$.resultsByChannel.phone.converted").value(0))
            // By type (sent only): individual Ann, Ben, Cal, Gus + Dee (phone) = (5, 4, 1);
            // business Acme (1, 1, 0);
            // estate Eve (1, 1, 1).
            .andExpect(jsonPath("$.resultsByContactType.individual.members").value(5))
            .andExpect(jsonPath("$.resultsByContactType.individual.responded").value(4))
            .andExpect(jsonPath("$.resultsByContactType.individual.converted").value(1))
            .andExpect(jsonPath("$.resultsByContactType.business.members").value(1))
            .andExpect(jsonPath("$.resultsByContactType.business.responded").value(1))
            .andExpect(jsonPath("$.resultsByContactType.business.converted").value(0))
            .andExpect(jsonPath("$.resultsByContactType.estate.members").value(1))
            .andExpect(jsonPath("$.resultsByContactType.estate.responded").value(1))
            .andExpect(jsonPath("$.resultsByContactType.estate.converted").value(1))
            // Days (sent, with a send date): 7, 8, 16, 25, 28; Phone has no send date. Median 16,
            // quartiles 8 and 25.
            .andExpect(jsonPath("$.timeToResponse.responses").value(5))
            .andExpect(
                jsonPath("$.definitions.responseRate")
                    .value("Response rate = responded / members of campaigns that were sent."))
            .andExpect(
                jsonPath("$.definitions.responded")
                    .value(
                        "A member responded when their status is responded, converted or not interested."))
            // Newest first, of every live campaign; Tom's and the trashed campaign's responses are
            // left out.
            .andExpect(
                jsonPath(
                    "$.recentResponses[*].contactName",
                    contains(
                        "Dee Test",
                        "Gus Test",
                        "Estate of Eve",
                        "Acme",
                        "Birch",
                        "Dee Test",
                        "Ben Test",
                        "Ann Test",
                        "Acme")));

    // 6 of 7 = 0.857142 → 0.8571; 2 of 7 = 0.285714 → 0.2857.
    assertNumber(dashboard, "responseRate", "0.8571");
    assertNumber(dashboard, "conversionRate", "0.2857");
    assertNumber(dashboard, "median", "16.0");
    assertNumber(dashboard, "lowerQuartile", "8.0");
    assertNumber(dashboard, "upperQuartile", "25.0");
    List<String> days = Api.read(dashboard, "$.timeToResponse.histogram[*].days");
    List<Integer> counts = Api.read(dashboard, "$.timeToResponse.histogram[*].responses");
    assertThat(days).hasSize(29).startsWith("0", "1").endsWith("28");
    assertThat(counts.get(7)).isOne();
    assertThat(counts.get(8)).isOne();
    assertThat(counts.get(16)).isOne();
    assertThat(counts.get(25)).isOne();
    assertThat(counts.get(28)).isOne();
    assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);

    // Sent only: W3 Ann, Acme; W2 Ben; W1 Eve; W0 Gus and Dee (phone). The blast's W1 responses are
    // a draft's.
    Map<String, Integer> expectedWeeks = new LinkedHashMap<>();
    for (int k = 11; k >= 0; k--) {
      expectedWeeks.put(f.week(k), 0);
    }
    expectedWeeks.put(f.week(3), 2);
    expectedWeeks.put(f.week(2), 1);
    expectedWeeks.put(f.week(1), 1);
    expectedWeeks.put(f.week(0), 2);
    Map<String, Integer> weeks = Api.read(dashboard, "$.responsesPerWeek");
    assertThat(weeks).containsExactlyEntriesOf(expectedWeeks);
  }

  @Test
  void springLetterFigures() throws Exception {
    var report =
        api.get("/api/analytics/campaigns/{id}", f.spring)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name").value("Spring letter"))
            .andExpect(jsonPath("$.channel").value("mail"))
            .andExpect(jsonPath("$.status").value("sent"))
            .andExpect(jsonPath("$.sendDate").value(f.w0.minusWeeks(4).toString()))
            .andExpect(jsonPath("$.countedInRates").value(true))
            // Ann, Gus responded; Ben, Eve converted; Acme not interested; Cal pending (Tom is
            // trashed).
            .andExpect(jsonPath("$.membersByStatus.pending").value(1))
            .andExpect(jsonPath("$.membersByStatus.responded").value(2))
            .andExpect(jsonPath("$.membersByStatus.converted").value(2))
            .andExpect(jsonPath("$.membersByStatus.not_interested").value(1))
            .andExpect(jsonPath("$.figures.total").value(6))
            .andExpect(jsonPath("$.figures.responded").value(5))
            .andExpect(jsonPath("$.figures.converted").value(2))
            .andExpect(jsonPath("$.figures.notInterested").value(1))
            .andExpect(jsonPath("$.figures.pending").value(1))
            .andExpect(jsonPath("$.resultsByContactType.individual.members").value(4))
            .andExpect(jsonPath("$.resultsByContactType.individual.responded").value(3))
            .andExpect(jsonPath("$.resultsByContactType.individual.converted").value(1))
            .andExpect(jsonPath("$.resultsByContactType.business.members").value(1))
            .andExpect(jsonPath("$.resultsByContactType.business.responded").value(1))
            .andExpect(jsonPath("$.resultsByContactType.business.converted").value(0))
            .andExpect(jsonPath("$.resultsByContactType.estate.members").value(1))
            .andExpect(jsonPath("$.resultsByContactType.estate.responded").value(1))
            .andExpect(jsonPath("$.resultsByContactType.estate.converted").value(1))
            .andExpect(jsonPath("$.resultsByChannel.mail.members").value(6))
            .andExpect(jsonPath("$.timeToResponse.responses").value(5))
            .andExpect(
                jsonPath("$.definitions.drafts")
                    .value("Draft campaigns are counted apart and never in a rate."));
    // 5 of 6 = 0.8333; 2 of 6 = 0.3333.
    assertNumber(report, "responseRate", "0.8333");
    assertNumber(report, "conversionRate", "0.3333");
    // Days 7, 8, 16, 25, 28: median 16, quartiles 8 and 25.
    assertNumber(report, "medianDaysToResponse", "16.0");
    assertNumber(report, "lowerQuartile", "8.0");
    assertNumber(report, "upperQuartile", "25.0");
    Map<String, Integer> weeks = Api.read(report, "$.responsesPerWeek");
    assertThat(weeks)
        .containsExactlyEntriesOf(
            Map.of(f.week(3), 2, f.week(2), 1, f.week(1), 1, f.week(0), 1).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .collect(
                    LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
  }

  @Test
  void aDraftHasItsCountsAndDaysButNoRates() throws Exception {
    var blastReport =
        api.get("/api/analytics/campaigns/{id}", f.blast)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.countedInRates").value(false))
            .andExpect(jsonPath("$.responseRate").doesNotExist())
            .andExpect(jsonPath("$.conversionRate").doesNotExist())
            .andExpect(jsonPath("$.figures.responseRate").doesNotExist())
            .andExpect(jsonPath("$.membersByStatus.pending").value(2))
            .andExpect(jsonPath("$.membersByStatus.responded").value(1))
            .andExpect(jsonPath("$.membersByStatus.converted").value(1))
            .andExpect(jsonPath("$.membersByStatus.not_interested").value(1))
            .andExpect(jsonPath("$.figures.responded").value(3));
    // Days from W2: Dee 8, Birch 9 (W1 + 2 days 12 hours is day 9), Acme 10 → median 9, quartiles
    // 8.5 and 9.5.
    assertNumber(blastReport, "medianDaysToResponse", "9.0");
    assertNumber(blastReport, "lowerQuartile", "8.5");
    assertNumber(blastReport, "upperQuartile", "9.5");
    Map<String, Integer> blastWeeks = Api.read(blastReport, "$.responsesPerWeek");
    assertThat(blastWeeks).containsExactly(Map.entry(f.week(1), 3));

    // Completed without a send date: in the rates, but no days to response.
    var phoneReport =
        api.get("/api/analytics/campaigns/{id}", f.phone)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.countedInRates").value(true))
            .andExpect(jsonPath("$.membersByStatus.responded").value(1))
            .andExpect(jsonPath("$.timeToResponse.responses").value(0))
            .andExpect(jsonPath("$.timeToResponse.histogram").isEmpty())
            .andExpect(jsonPath("$.medianDaysToResponse").doesNotExist());
    assertNumber(phoneReport, "responseRate", "1.0000");
    assertNumber(phoneReport, "conversionRate", "0.0000");
  }

  @Test
  void theCampaignListShowsTheSameNumbers() throws Exception {
    var list = api.get("/api/campaigns?size=50").andExpect(status().isOk());
    String body = list.andReturn().getResponse().getContentAsString();
    List<Map<String, Object>> items = com.jayway.jsonpath.JsonPath.read(body, "$.items");
    var byName = new LinkedHashMap<String, Map<String, Object>>();
    items.forEach(item -> byName.put((String) item.get("name"), item));
    @SuppressWarnings("unchecked")
    var spring = (Map<String, Object>) byName.get("Spring letter").get("members");
    assertThat(spring)
        .containsEntry("total", 6)
        .containsEntry("responded", 5)
        .containsEntry("converted", 2)
        .containsEntry("notInterested", 1)
        .containsEntry("pending", 1);
    assertThat(spring.get("responseRate").toString()).isEqualTo("0.8333");
    assertThat(spring.get("conversionRate").toString()).isEqualTo("0.3333");
    @SuppressWarnings("unchecked")
    var blast = (Map<String, Object>) byName.get("Email blast").get("members");
    assertThat(blast)
        .containsEntry("total", 5)
        .containsEntry("responded", 3)
        .doesNotContainKey("responseRate");
    api.get("/api/campaigns/{id}", f.spring)
        .andExpect(jsonPath("$.members.responded").value(5))
        .andExpect(jsonPath("$.members.responseRate").value(0.8333));
  }

  @Test
  void thePortfolioSetsThePeriodsCampaignsSideBySide() throws Exception {
    var portfolio =
        api.get("/api/reports/portfolio?from={from}&to={to}", f.w0.minusWeeks(4), f.w0.plusDays(6))
            .andExpect(status().isOk())
            .andExpect(
                jsonPath(
                    "$.campaigns[*].name", contains("Spring letter", "Email blast", "Phone round")))
            .andExpect(jsonPath("$.campaignsSent").value(2))
            .andExpect(jsonPath("$.draftCampaigns").value(1))
            .andExpect(jsonPath("$.sent.total").value(7))
            .andExpect(jsonPath("$.sent.responded").value(6))
            .andExpect(jsonPath("$.drafts.total").value(5))
            .andExpect(jsonPath("$.drafts.responseRate").doesNotExist())
            .andExpect(jsonPath("$.campaigns[1].figures.responseRate").doesNotExist())
            .andExpect(jsonPath("$.campaigns[0].figures.responded").value(5));
    assertThat(Api.<Double>read(portfolio, "$.sent.responseRate")).isEqualTo(0.8571);
    // From W3 on, the Spring letter (sent W4) is out of the period.
    api.get("/api/reports/portfolio?from={from}&to={to}", f.w0.minusWeeks(3), f.w0.plusDays(6))
        .andExpect(jsonPath("$.campaigns[*].name", contains("Email blast", "Phone round")))
        .andExpect(jsonPath("$.sent.total").value(1));
  }

  @Test
  void aCampaignWithoutMembersHasNoMedian() throws Exception {
    var empty = f.campaign("Empty", "email", "sent", f.w0);
    var report =
        api.get("/api/analytics/campaigns/{id}", empty)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.membersByStatus.pending").value(0))
            .andExpect(jsonPath("$.medianDaysToResponse").doesNotExist())
            .andExpect(jsonPath("$.responsesPerWeek").isEmpty());
    assertNumber(report, "responseRate", "0.0000");
    assertNumber(report, "conversionRate", "0.0000");
  }

  @Test
  void refusesTrashedUnknownAndOtherFirmsCampaigns() throws Exception {
    api.get("/api/analytics/campaigns/{id}", f.old).andExpect(status().isNotFound());
    api.get("/api/analytics/campaigns/{id}", UUID.randomUUID()).andExpect(status().isNotFound());
    var other = signIn(newFirm(), dev.steward.identity.Role.ADMIN);
    other.get("/api/analytics/campaigns/{id}", f.spring).andExpect(status().isNotFound());
    other
        .get("/api/analytics/dashboard")
        .andExpect(jsonPath("$.totals.members").value(0))
        .andExpect(jsonPath("$.contactsByType.individual").value(0))
        .andExpect(jsonPath("$.recentResponses").isEmpty());
    assertNumber(other.get("/api/analytics/dashboard"), "responseRate", "0.0000");
  }

  /**
   * Compares the first number of that name exactly as the JSON wrote it, so the decimal places
   * count too.
   */
  static void assertNumber(ResultActions result, String field, String expected) throws Exception {
    String body = result.andReturn().getResponse().getContentAsString();
    var matcher = java.util.regex.Pattern.compile("\"" + field + "\":(-?[0-9.]+)").matcher(body);
    assertThat(matcher.find()).as("%s in %s", field, body).isTrue();
    assertThat(matcher.group(1)).as(field).isEqualTo(expected);
  }
}
