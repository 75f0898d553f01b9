package dev.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A small firm whose figures are computed by hand. W0 is this week's Monday (UTC) and Wk the Monday k weeks before.
 *
 * <pre>
 * Contacts (live): individuals Ann, Ben, Cal, Dee; businesses Acme, Birch; estates Eve, Fay.
 *                  Tom (individual) is a converted member of Spring, then trashed: he counts nowhere.
 * Spring letter  mail,  sent,      sendDate W4  Ann responded  W3+1d12h (8.5 days)   Ben converted W2+2d (16 days)
 *                                               Cal pending                          Acme not_interested W3+6h (7.25)
 *                                               Eve converted  W1+4d (25 days)       [Tom converted W1, trashed]
 * Email blast    email, draft,     sendDate W2  Ann pending, Fay pending            Dee responded W1+1d (8 days)
 *                                               Birch converted W1+2d12h (9.5 days)  Acme not_interested W1+3d (10 days)
 * Phone round    phone, completed, no sendDate  Dee responded now (0 days after being added)
 * Old mailing    mail, in the trash             Ben converted W1: counts nowhere
 * </pre>
 */
class AnalyticsIntegrationTest extends IntegrationTest {

  private LocalDate w0;
  private UUID ann, ben, cal, dee, acme, birch, eve, fay, tom;
  private UUID spring, blast, phone, old;

  private Instant at(int weeksBack, Duration after) {
    return w0.minusWeeks(weeksBack).atStartOfDay(ZoneOffset.UTC).toInstant().plus(after);
  }

  private String week(int weeksBack) {
    return w0.minusWeeks(weeksBack).toString();
  }

  private UUID person(String first) throws Exception {
    return api.create("/api/contacts", """
        {"type":"individual","firstName":"%s","lastName":"Test"}""".formatted(first));
  }

  private UUID organisation(String type, String name) throws Exception {
    return api.create("/api/contacts", """
        {"type":"%s","companyName":"%s"}""".formatted(type, name));
  }

  private UUID campaign(String name, String channel, String status, LocalDate sendDate) throws Exception {
    return api.create("/api/campaigns", """
        {"name":"%s","channel":"%s","status":"%s","sendDate":%s}"""
        .formatted(name, channel, status, sendDate == null ? "null" : "\"" + sendDate + "\""));
  }

  private void members(UUID campaign, UUID... contacts) throws Exception {
    var ids = String.join("\",\"", List.of(contacts).stream().map(UUID::toString).toList());
    api.post("/api/campaigns/{id}/contacts", "{\"contactIds\":[\"" + ids + "\"]}", campaign)
        .andExpect(status().isOk());
  }

  private void respond(UUID campaign, UUID contact, String status, Instant respondedAt) throws Exception {
    String when = respondedAt == null ? "" : ",\"respondedAt\":\"" + respondedAt + "\"";
    api.put("/api/campaigns/{id}/contacts/{c}", "{\"status\":\"" + status + "\"" + when + "}", campaign, contact)
        .andExpect(status().isOk());
  }

  @BeforeEach
  void buildTheFirm() throws Exception {
    w0 = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    ann = person("Ann");
    ben = person("Ben");
    cal = person("Cal");
    dee = person("Dee");
    tom = person("Tom");
    acme = organisation("business", "Acme");
    birch = organisation("business", "Birch");
    eve = organisation("estate", "Estate of Eve");
    fay = organisation("estate", "Estate of Fay");

    spring = campaign("Spring letter", "mail", "sent", w0.minusWeeks(4));
    members(spring, ann, ben, cal, acme, eve, tom);
    respond(spring, ann, "responded", at(3, Duration.ofHours(36)));
    respond(spring, ben, "converted", at(2, Duration.ofDays(2)));
    respond(spring, acme, "not_interested", at(3, Duration.ofHours(6)));
    respond(spring, eve, "converted", at(1, Duration.ofDays(4)));
    respond(spring, tom, "converted", at(1, Duration.ZERO));
    api.delete("/api/contacts/{id}", tom).andExpect(status().isNoContent());

    blast = campaign("Email blast", "email", "draft", w0.minusWeeks(2));
    members(blast, ann, dee, birch, fay, acme);
    respond(blast, dee, "responded", at(1, Duration.ofDays(1)));
    respond(blast, birch, "converted", at(1, Duration.ofHours(60)));
    respond(blast, acme, "not_interested", at(1, Duration.ofDays(3)));

    phone = campaign("Phone round", "phone", "completed", null);
    members(phone, dee);
    respond(phone, dee, "responded", null);

    old = campaign("Old mailing", "mail", "draft", null);
    members(old, ben);
    respond(old, ben, "converted", at(1, Duration.ZERO));
    api.delete("/api/campaigns/{id}", old).andExpect(status().isNoContent());
  }

  @Test
  void dashboardAddsUpEveryLiveMember() throws Exception {
    var dashboard = api.get("/api/analytics/dashboard").andExpect(status().isOk())
        // Live contacts: 4 individuals (Tom is trashed), 2 businesses, 2 estates.
        .andExpect(jsonPath("$.contactsByType.individual").value(4))
        .andExpect(jsonPath("$.contactsByType.business").value(2))
        .andExpect(jsonPath("$.contactsByType.estate").value(2))
        // Live campaigns: blast draft, spring sent, phone completed (old is trashed).
        .andExpect(jsonPath("$.campaignsByStatus.draft").value(1))
        .andExpect(jsonPath("$.campaignsByStatus.sent").value(1))
        .andExpect(jsonPath("$.campaignsByStatus.completed").value(1))
        // Members 5 + 5 + 1 = 11. Answered: spring 4, blast 3, phone 1 = 8. Converted: Ben, Eve, Birch = 3.
        // Not interested: Acme twice = 2. Pending: Cal, Ann (blast), Fay = 3.
        .andExpect(jsonPath("$.totals.members").value(11))
        .andExpect(jsonPath("$.totals.responded").value(8))
        .andExpect(jsonPath("$.totals.converted").value(3))
        .andExpect(jsonPath("$.totals.notInterested").value(2))
        .andExpect(jsonPath("$.totals.pending").value(3))
        // By channel: mail = spring (5, 4, 2); email = blast (5, 3, 1); phone (1, 1, 0).
        .andExpect(jsonPath("$.resultsByChannel.mail.members").value(5))
        .andExpect(jsonPath("$.resultsByChannel.mail.responded").value(4))
        .andExpect(jsonPath("$.resultsByChannel.mail.converted").value(2))
        .andExpect(jsonPath("$.resultsByChannel.email.members").value(5))
        .andExpect(jsonPath("$.resultsByChannel.email.responded").value(3))
        .andExpect(jsonPath("$.resultsByChannel.email.converted").value(1))
        .andExpect(jsonPath("$.resultsByChannel.phone.members").value(1))
        .andExpect(jsonPath("$.resultsByChannel.phone.responded").value(1))
        .andExpect(jsonPath("$.resultsByChannel.phone.converted").value(0))
        // By type: individual spring (3, 2, 1) + blast (2, 1, 0) + phone (1, 1, 0) = (6, 4, 1);
        // business spring (1, 1, 0) + blast (2, 2, 1) = (3, 3, 1); estate spring (1, 1, 1) + blast (1, 0, 0) = (2, 1, 1).
        .andExpect(jsonPath("$.resultsByContactType.individual.members").value(6))
        .andExpect(jsonPath("$.resultsByContactType.individual.responded").value(4))
        .andExpect(jsonPath("$.resultsByContactType.individual.converted").value(1))
        .andExpect(jsonPath("$.resultsByContactType.business.members").value(3))
        .andExpect(jsonPath("$.resultsByContactType.business.responded").value(3))
        .andExpect(jsonPath("$.resultsByContactType.business.converted").value(1))
        .andExpect(jsonPath("$.resultsByContactType.estate.members").value(2))
        .andExpect(jsonPath("$.resultsByContactType.estate.responded").value(1))
        .andExpect(jsonPath("$.resultsByContactType.estate.converted").value(1))
        // Newest first; Tom's and the trashed campaign's responses are left out.
        .andExpect(jsonPath("$.recentResponses[*].contactName", contains("Dee Test", "Estate of Eve", "Acme",
            "Birch", "Dee Test", "Ben Test", "Ann Test", "Acme")))
        .andExpect(jsonPath("$.recentResponses[*].campaignName", contains("Phone round", "Spring letter",
            "Email blast", "Email blast", "Email blast", "Spring letter", "Spring letter", "Spring letter")))
        .andExpect(jsonPath("$.recentResponses[1].contactId").value(eve.toString()))
        .andExpect(jsonPath("$.recentResponses[1].campaignId").value(spring.toString()))
        .andExpect(jsonPath("$.recentResponses[1].status").value("converted"))
        .andExpect(jsonPath("$.recentResponses[1].responseDate").value(at(1, Duration.ofDays(4)).toString()));

    // 8 answered of 11 = 0.72727 → 0.7273; 3 converted of 11 = 0.27272 → 0.2727.
    assertRate(dashboard, "$.responseRate", "0.7273");
    assertRate(dashboard, "$.conversionRate", "0.2727");

    // W3: Ann, Acme (spring); W2: Ben; W1: Eve (spring), Dee, Birch, Acme (blast); W0: Dee (phone). 8 in all.
    Map<String, Integer> expectedWeeks = new LinkedHashMap<>();
    for (int k = 11; k >= 0; k--) {
      expectedWeeks.put(week(k), 0);
    }
    expectedWeeks.put(week(3), 2);
    expectedWeeks.put(week(2), 1);
    expectedWeeks.put(week(1), 4);
    expectedWeeks.put(week(0), 1);
    Map<String, Integer> weeks = Api.read(dashboard, "$.responsesPerWeek");
    assertThat(weeks).containsExactlyEntriesOf(expectedWeeks);
  }

  @Test
  void springLetterFigures() throws Exception {
    var report = api.get("/api/analytics/campaigns/{id}", spring).andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Spring letter"))
        // Ann responded; Ben, Eve converted; Acme not interested; Cal pending (Tom is trashed).
        .andExpect(jsonPath("$.membersByStatus.pending").value(1))
        .andExpect(jsonPath("$.membersByStatus.responded").value(1))
        .andExpect(jsonPath("$.membersByStatus.converted").value(2))
        .andExpect(jsonPath("$.membersByStatus.not_interested").value(1))
        .andExpect(jsonPath("$.resultsByContactType.individual.members").value(3))
        .andExpect(jsonPath("$.resultsByContactType.individual.responded").value(2))
        .andExpect(jsonPath("$.resultsByContactType.individual.converted").value(1))
        .andExpect(jsonPath("$.resultsByContactType.business.members").value(1))
        .andExpect(jsonPath("$.resultsByContactType.business.responded").value(1))
        .andExpect(jsonPath("$.resultsByContactType.business.converted").value(0))
        .andExpect(jsonPath("$.resultsByContactType.estate.members").value(1))
        .andExpect(jsonPath("$.resultsByContactType.estate.responded").value(1))
        .andExpect(jsonPath("$.resultsByContactType.estate.converted").value(1));
    // 4 of 5 answered = 0.8; 2 of 5 converted = 0.4.
    assertRate(report, "$.responseRate", "0.8000");
    assertRate(report, "$.conversionRate", "0.4000");
    // Days from W4: 7.25, 8.5, 16, 25 → median (8.5 + 16) / 2 = 12.25 → 12.3.
    assertRate(report, "$.medianDaysToResponse", "12.3");
    // W3: Ann, Acme; W2: Ben; W1: Eve.
    Map<String, Integer> weeks = Api.read(report, "$.responsesPerWeek");
    assertThat(weeks.keySet()).containsExactly(week(3), week(2), week(1));
    assertThat(weeks.values()).containsExactly(2, 1, 1);
  }

  @Test
  void emailBlastAndPhoneRoundFigures() throws Exception {
    var blastReport = api.get("/api/analytics/campaigns/{id}", blast).andExpect(status().isOk())
        // Ann, Fay pending; Dee responded; Birch converted; Acme not interested.
        .andExpect(jsonPath("$.membersByStatus.pending").value(2))
        .andExpect(jsonPath("$.membersByStatus.responded").value(1))
        .andExpect(jsonPath("$.membersByStatus.converted").value(1))
        .andExpect(jsonPath("$.membersByStatus.not_interested").value(1))
        .andExpect(jsonPath("$.resultsByContactType.individual.members").value(2))
        .andExpect(jsonPath("$.resultsByContactType.individual.responded").value(1))
        .andExpect(jsonPath("$.resultsByContactType.individual.converted").value(0))
        .andExpect(jsonPath("$.resultsByContactType.business.members").value(2))
        .andExpect(jsonPath("$.resultsByContactType.business.responded").value(2))
        .andExpect(jsonPath("$.resultsByContactType.business.converted").value(1))
        .andExpect(jsonPath("$.resultsByContactType.estate.members").value(1))
        .andExpect(jsonPath("$.resultsByContactType.estate.responded").value(0))
        .andExpect(jsonPath("$.resultsByContactType.estate.converted").value(0));
    // 3 of 5 = 0.6; 1 of 5 = 0.2; days from W2: 8, 9.5, 10 → median 9.5; all three in W1.
    assertRate(blastReport, "$.responseRate", "0.6000");
    assertRate(blastReport, "$.conversionRate", "0.2000");
    assertRate(blastReport, "$.medianDaysToResponse", "9.5");
    Map<String, Integer> blastWeeks = Api.read(blastReport, "$.responsesPerWeek");
    assertThat(blastWeeks).containsExactly(Map.entry(week(1), 3));

    // No send date: Dee answered moments after being added, so 0.0 days; 1 of 1 answered, none converted.
    var phoneReport = api.get("/api/analytics/campaigns/{id}", phone).andExpect(status().isOk())
        .andExpect(jsonPath("$.membersByStatus.pending").value(0))
        .andExpect(jsonPath("$.membersByStatus.responded").value(1))
        .andExpect(jsonPath("$.membersByStatus.converted").value(0))
        .andExpect(jsonPath("$.membersByStatus.not_interested").value(0))
        .andExpect(jsonPath("$.resultsByContactType.individual.members").value(1))
        .andExpect(jsonPath("$.resultsByContactType.individual.responded").value(1))
        .andExpect(jsonPath("$.resultsByContactType.business.members").value(0))
        .andExpect(jsonPath("$.resultsByContactType.estate.members").value(0));
    assertRate(phoneReport, "$.responseRate", "1.0000");
    assertRate(phoneReport, "$.conversionRate", "0.0000");
    assertRate(phoneReport, "$.medianDaysToResponse", "0.0");
    Map<String, Integer> phoneWeeks = Api.read(phoneReport, "$.responsesPerWeek");
    assertThat(phoneWeeks).containsExactly(Map.entry(week(0), 1));
  }

  @Test
  void aCampaignWithoutMembersHasZeroRatesAndNoMedian() throws Exception {
    var empty = campaign("Empty", "email", "draft", null);
    var report = api.get("/api/analytics/campaigns/{id}", empty).andExpect(status().isOk())
        .andExpect(jsonPath("$.membersByStatus.pending").value(0))
        .andExpect(jsonPath("$.medianDaysToResponse").doesNotExist())
        .andExpect(jsonPath("$.responsesPerWeek").isEmpty());
    assertRate(report, "$.responseRate", "0.0000");
    assertRate(report, "$.conversionRate", "0.0000");
  }

  @Test
  void refusesTrashedUnknownAndOtherFirmsCampaigns() throws Exception {
    api.get("/api/analytics/campaigns/{id}", old).andExpect(status().isNotFound());
    api.get("/api/analytics/campaigns/{id}", UUID.randomUUID()).andExpect(status().isNotFound());
    var other = signIn(newFirm(), dev.steward.identity.Role.ADMIN);
    other.get("/api/analytics/campaigns/{id}", spring).andExpect(status().isNotFound());
    other.get("/api/analytics/dashboard")
        .andExpect(jsonPath("$.totals.members").value(0))
        .andExpect(jsonPath("$.contactsByType.individual").value(0))
        .andExpect(jsonPath("$.recentResponses").isEmpty());
    assertRate(other.get("/api/analytics/dashboard"), "$.responseRate", "0.0000");
  }

  /** Compares the number exactly as the JSON wrote it, so that the four (or one) decimal places count too. */
  private static void assertRate(ResultActions result, String path, String expected) throws Exception {
    String body = result.andReturn().getResponse().getContentAsString();
    String field = path.substring(path.lastIndexOf('.') + 1);
    var matcher = java.util.regex.Pattern.compile("\"" + field + "\":([0-9.]+)").matcher(body);
    assertThat(matcher.find()).as("%s in %s", field, body).isTrue();
    assertThat(matcher.group(1)).as(path).isEqualTo(expected);
  }
}
