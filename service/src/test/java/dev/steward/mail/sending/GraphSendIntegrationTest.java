package dev.steward.mail.sending;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.steward.IntegrationTest;
import dev.steward.microsoft.FakeMicrosoft;
import dev.steward.tenancy.CurrentTenant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email campaigns sent from a Microsoft 365 mailbox, with WireMock playing Graph: each mail is made
 * a draft from its MIME text (unsubscribe headers included) and then sent; the draft's immutable
 * id, Internet message id and conversation id are kept; a 429 or a 503 is waited out (Graph's
 * Retry-After by the client, then the send's own backoff); and a send cut short after Graph sent
 * the mail is recorded on resume without sending it again.
 */
@TestPropertySource(
    properties = {
      "steward.microsoft.max-retries=1",
      "steward.mail.sending.mails-per-minute=0",
      "steward.mail.sending.in-flight-lease=0s",
      "steward.mail.sending.retry-backoff=2s",
      // the fake Graph answers drafts in order; one client keeps member and draft paired
      "steward.mail.sending.connections=1"
    })
class GraphSendIntegrationTest extends IntegrationTest {

  static final FakeMicrosoft MICROSOFT = FakeMicrosoft.startForSpringTests();

  @DynamicPropertySource
  static void microsoft(DynamicPropertyRegistry registry) {
    MICROSOFT.register(registry);
  }

  static final class Crash implements SendCheckpoint {
    final AtomicInteger armedAfter = new AtomicInteger(-1);

    @Override
    public void handedOver(UUID memberId) {
      if (armedAfter.get() >= 0 && armedAfter.getAndDecrement() == 0) {
        throw new StoppedHard();
      }
    }
  }

  static final class StoppedHard extends Error {}

  @TestConfiguration
  static class CrashPoint {
    @Bean
    Crash graphCrash() {
      return new Crash();
    }
  }

  @Autowired CampaignSender sender;
  @Autowired Crash crash;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private String mailbox() {
    return "campaigns-" + run + "@firm.example";
  }

  /** The mailbox's path on Graph, as a pattern: the SDK sends the @ encoded. */
  private String mailboxPath() {
    return "/v1\\.0/users/campaigns-" + run + "(%40|@)firm\\.example";
  }

  @BeforeEach
  void graph() throws Exception {
    MICROSOFT.issuesAppToken(FakeMicrosoft.APP_TENANT, "app-token-" + run);
    api.put(
            "/api/mail/settings",
            """
        {"transport":"graph","graphMailbox":"%s","fromName":"Harbour Advice"}"""
                .formatted(mailbox()))
        .andExpect(status().isOk());
  }

  @AfterEach
  void disarm() {
    crash.armedAfter.set(-1);
  }

  private void draftsAnswer(int n) {
    String path = mailboxPath() + "/messages";
    for (int i = 1; i <= n; i++) {
      MICROSOFT
          .server()
          .stubFor(
              post(urlPathMatching(path))
                  .inScenario("drafts-" + run)
                  .whenScenarioStateIs(i == 1 ? STARTED : "draft-" + i)
                  .willSetStateTo("draft-" + (i + 1))
                  .willReturn(
                      aResponse()
                          .withStatus(201)
                          .withHeader("Content-Type", "application/json")
                          .withBody(
                              """
              {"id":"AAkALg-%1$s-%2$d","internetMessageId":"<graph-%1$s-%2$d@firm.example>",
               "conversationId":"conv-%1$s-%2$d","isDraft":true}"""
                                  .formatted(run, i))));
    }
  }

  /** Graph's answers to the sends of one draft, one per request, in order; the last one stays. */
  private void sendAnswers(String sendPath, ResponseDefinitionBuilder... answers) {
    String scenario = "send " + sendPath;
    for (int i = 0; i < answers.length; i++) {
      var stub =
          post(urlPathMatching(sendPath))
              .inScenario(scenario)
              .whenScenarioStateIs(i == 0 ? STARTED : "answer " + i);
      if (i + 1 < answers.length) {
        stub = stub.willSetStateTo("answer " + (i + 1));
      }
      MICROSOFT.server().stubFor(stub.willReturn(answers[i]));
    }
  }

  /** A refusal to try again after a second (429 throttled, 503 unavailable), as Graph words it. */
  private static ResponseDefinitionBuilder refused(int status, String errorFile) {
    return aResponse()
        .withStatus(status)
        .withHeader("Retry-After", "1")
        .withHeader("Content-Type", "application/json")
        .withBody(FakeMicrosoft.json(errorFile, Map.of()));
  }

  private UUID campaignWith(int members) throws Exception {
    var campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"Graph letter %s","channel":"email"}"""
                .formatted(run));
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < members; i++) {
      var contact =
          api.create(
              "/api/contacts",
              """
          {"type":"individual","firstName":"Ines","lastName":"Núñez %d","email":"ines%d-%s@example.com"}"""
                  .formatted(i, i, run));
      ids.append(i == 0 ? "" : ",").append('"').append(contact).append('"');
    }
    api.post("/api/campaigns/{id}/contacts", "{\"contactIds\":[" + ids + "]}", campaign)
        .andExpect(status().isOk());
    api.put(
            "/api/campaigns/{id}/mail/template",
            """
        {"subject":"Hello [[${contact.firstName}]]","html":"<p>Hello [[${contact.lastName}]]</p>","text":"Hello"}""",
            campaign)
        .andExpect(status().isOk());
    return campaign;
  }

  private List<Map<String, Object>> sendRecords(UUID campaign) {
    return CurrentTenant.callAs(
        firm,
        () ->
            new TransactionTemplate(transactions)
                .execute(
                    status ->
                        jdbc.sql(
                                """
            select state, internet_message_id, conversation_id, graph_message_id, attempts, reason
            from mail_send_members where campaign_id = ? order by graph_message_id""")
                            .param(campaign)
                            .query()
                            .listOfRows()));
  }

  @Test
  void draftsThenSendsKeepsTheIdsAndWaitsOutThrottling() throws Exception {
    draftsAnswer(2);
    String sendPath = mailboxPath() + "/messages/AAkALg-" + run + "-1/send";
    // Throttled twice: the Graph client waits out the first Retry-After itself and tries once more;
    // the send then puts the member back in the queue for its own backoff.
    sendAnswers(
        sendPath,
        refused(429, "error-throttled.json"),
        refused(429, "error-throttled.json"),
        aResponse().withStatus(202));
    MICROSOFT
        .server()
        .stubFor(
            post(urlPathMatching(mailboxPath() + "/messages/AAkALg-" + run + "-2/send"))
                .willReturn(aResponse().withStatus(202)));
    // Before trying a draft again, the sender asks Graph whether it is still a draft
    MICROSOFT
        .server()
        .stubFor(
            get(urlPathMatching(mailboxPath() + "/messages/AAkALg-" + run + "-1"))
                .willReturn(okJson("{\"id\":\"AAkALg-" + run + "-1\",\"isDraft\":true}")));
    var campaign = campaignWith(2);
    api.post("/api/campaigns/{id}/mail/send", "", campaign).andExpect(status().isAccepted());

    long started = System.nanoTime();
    assertThat(sender.sendDue(Duration.ofMinutes(1)))
        .as(() -> sendRecords(campaign).toString())
        .isEqualTo(1);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("Retry-After waited out")
        .isGreaterThan(Duration.ofSeconds(1));
    var waiting = sendRecords(campaign);
    assertThat(waiting).extracting(r -> r.get("state")).containsExactly("queued", "sent");
    api.get("/api/campaigns/{id}/mail/progress", campaign)
        .andExpect(jsonPath("$.remaining").value(1))
        .andExpect(jsonPath("$.sent").value(1));
    // Not before the backoff is up
    assertThat(sender.sendDue(Duration.ofMinutes(1))).isZero();
    Thread.sleep(2_100);
    assertThat(sender.sendDue(Duration.ofMinutes(1)))
        .as(() -> sendRecords(campaign).toString())
        .isEqualTo(1);

    var records = sendRecords(campaign);
    for (int i = 0; i < 2; i++) {
      var record = records.get(i);
      assertThat(record.get("state")).isEqualTo("sent");
      assertThat(record.get("graph_message_id")).isEqualTo("AAkALg-" + run + "-" + (i + 1));
      assertThat(record.get("internet_message_id"))
          .isEqualTo("<graph-" + run + "-" + (i + 1) + "@firm.example>");
      assertThat(record.get("conversation_id")).isEqualTo("conv-" + run + "-" + (i + 1));
    }
    api.get(
            "/api/interactions/by-message?internetMessageId={id}",
            "<graph-" + run + "-1@firm.example>")
        .andExpect(jsonPath("$.conversationId").value("conv-" + run + "-1"))
        .andExpect(jsonPath("$.campaignId").value(campaign.toString()));
    api.get("/api/campaigns/{id}", campaign).andExpect(jsonPath("$.status").value("sent"));

    var drafts =
        MICROSOFT
            .server()
            .findAll(
                postRequestedFor(urlPathMatching(mailboxPath() + "/messages"))
                    .withHeader("Prefer", containing("IdType=\"ImmutableId\"")));
    assertThat(drafts).hasSize(2);
    assertThat(drafts.get(0).getHeader("Content-Type")).startsWith("text/plain");
    String mime =
        new String(
            Base64.getMimeDecoder().decode(drafts.get(0).getBodyAsString()),
            StandardCharsets.UTF_8);
    assertThat(mime)
        .contains("List-Unsubscribe: <")
        .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        .contains("multipart/alternative")
        .containsPattern("To: .*ines\\d-" + run + "@example.com");
  }

  @Test
  void aSendRefusedAsUnavailableIsTriedAgainLaterLikeAThrottledOne() throws Exception {
    draftsAnswer(1);
    String draftPath = mailboxPath() + "/messages/AAkALg-" + run + "-1";
    // 503 twice: the Graph client tries once more after Retry-After, then the member waits for the
    // send's own backoff, as after a 429, and is neither failed nor drafted again.
    sendAnswers(
        draftPath + "/send",
        refused(503, "mailsync/error-service-unavailable.json"),
        refused(503, "mailsync/error-service-unavailable.json"),
        aResponse().withStatus(202));
    MICROSOFT
        .server()
        .stubFor(
            get(urlPathMatching(draftPath))
                .willReturn(okJson("{\"id\":\"AAkALg-" + run + "-1\",\"isDraft\":true}")));
    var campaign = campaignWith(1);
    api.post("/api/campaigns/{id}/mail/send", "", campaign).andExpect(status().isAccepted());

    assertThat(sender.sendDue(Duration.ofMinutes(1))).isZero();
    assertThat(sendRecords(campaign).get(0))
        .as("tried again later, not failed")
        .containsEntry("state", "queued");
    assertThat(sender.sendDue(Duration.ofMinutes(1))).as("not before the backoff").isZero();
    Thread.sleep(2_100);
    assertThat(sender.sendDue(Duration.ofMinutes(1)))
        .as(() -> sendRecords(campaign).toString())
        .isEqualTo(1);

    assertThat(sendRecords(campaign).get(0))
        .containsEntry("state", "sent")
        .containsEntry("internet_message_id", "<graph-" + run + "-1@firm.example>");
    assertThat(MICROSOFT.server().findAll(postRequestedFor(urlPathMatching(draftPath + "/send"))))
        .hasSize(3);
    assertThat(
            MICROSOFT
                .server()
                .findAll(postRequestedFor(urlPathMatching(mailboxPath() + "/messages"))))
        .as("drafted once")
        .hasSize(1);
  }

  @Test
  void aSendCutShortAfterGraphSentTheMailIsRecordedOnResumeWithoutSendingAgain() throws Exception {
    draftsAnswer(1);
    String messagePath = mailboxPath() + "/messages/AAkALg-" + run + "-1";
    MICROSOFT
        .server()
        .stubFor(
            post(urlPathMatching(messagePath + "/send")).willReturn(aResponse().withStatus(202)));
    MICROSOFT
        .server()
        .stubFor(
            get(urlPathMatching(messagePath))
                .willReturn(okJson("{\"id\":\"AAkALg-" + run + "-1\",\"isDraft\":false}")));
    var campaign = campaignWith(1);
    api.post("/api/campaigns/{id}/mail/send", "", campaign).andExpect(status().isAccepted());

    crash.armedAfter.set(0);
    assertThatThrownBy(() -> sender.sendDue(Duration.ofMinutes(1))).isInstanceOf(StoppedHard.class);
    assertThat(sendRecords(campaign).get(0).get("state")).isEqualTo("sending");
    crash.armedAfter.set(-1);
    assertThat(sender.sendDue(Duration.ofMinutes(1))).isEqualTo(1);

    assertThat(sendRecords(campaign).get(0))
        .containsEntry("state", "sent")
        .containsEntry("internet_message_id", "<graph-" + run + "-1@firm.example>");
    assertThat(
            MICROSOFT
                .server()
                .findAll(postRequestedFor(urlPathMatching(mailboxPath() + "/messages.*"))))
        .as("one draft, one send: nothing twice")
        .hasSize(2);
  }
}
