package dev.steward.mail.replies;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.microsoft.BatchResponder;
import dev.steward.microsoft.FakeMicrosoft;
import dev.steward.tenancy.CurrentTenant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service with WireMock playing Microsoft (authority and Graph), and a firm with a sent
 * campaign whose members write back. The service's own job scheduler is off, so that a test decides
 * when a sync runs. Every name in the recorded-shape JSON under {@code graph/mailsync/} carries the
 * test's own {@link #run}, so tests never see each other's stubs.
 */
@TestPropertySource(
    properties = {
      "steward.jobs.enabled=false",
      "steward.mail.replies.poll-interval=1s",
      "steward.microsoft.max-retries=3"
    })
abstract class MailSyncTestSupport extends IntegrationTest {

  static final FakeMicrosoft MICROSOFT = FakeMicrosoft.startForSpringTests();
  private static final Pattern MESSAGE_PART =
      Pattern.compile("^GET /users/([^/]+)/messages/([^?]+)\\?.*");

  @DynamicPropertySource
  static void microsoft(DynamicPropertyRegistry registry) {
    MICROSOFT.register(registry);
  }

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  /** This test's own tag, in every address, id and conversation of its messages. */
  final String run = UUID.randomUUID().toString().substring(0, 8);

  /**
   * The internet headers each message id answers with in a batch (beyond Received, Content-Type and
   * MIME).
   */
  final Map<String, String> headersOf = new java.util.concurrent.ConcurrentHashMap<>();

  /** The Content-Type header of each message id that is not plain text. */
  final Map<String, String> contentTypeOf = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Each message id's answers to come in a batch, before its headers: a status to answer with
   * first.
   */
  final Map<String, java.util.Deque<Integer>> failuresOf =
      new java.util.concurrent.ConcurrentHashMap<>();

  String mailbox() {
    return "campaigns-" + run + "@firm.example";
  }

  /** The JSON of a recorded-shape file, with this test's names in it. */
  String json(String name, Map<String, ?> more) {
    var values = new LinkedHashMap<String, Object>();
    values.put("base", MICROSOFT.graphBaseUrl());
    values.put("mailbox", mailbox());
    values.put("run", run);
    values.putAll(more);
    return FakeMicrosoft.json("mailsync/" + name, values);
  }

  /** The delta query of this test's mailbox: its first round, with these query parameters. */
  MappingBuilder delta(String parameter, String value) {
    var stub =
        get(
            urlPathMatching(
                "/v1.0/users/campaigns-"
                    + run
                    + "(%40|@)firm.example/mailFolders/inbox/messages/delta(\\(\\))?"));
    return value == null
        ? stub.withQueryParam("$skiptoken", absent()).withQueryParam("$deltatoken", absent())
        : stub.withQueryParam(parameter, equalTo(value));
  }

  RequestPatternBuilder deltaRequested(String parameter, String value) {
    var request =
        getRequestedFor(
            urlPathMatching(
                "/v1.0/users/campaigns-"
                    + run
                    + "(%40|@)firm.example/mailFolders/inbox/messages/delta(\\(\\))?"));
    return value == null
        ? request.withQueryParam("$skiptoken", absent()).withQueryParam("$deltatoken", absent())
        : request.withQueryParam(parameter, equalTo(value));
  }

  /** Graph as it answers this test's mailbox: app token, two pages, then the delta link's round. */
  void graphServesTheInbox() {
    MICROSOFT.issuesAppToken(FakeMicrosoft.APP_TENANT, "app-token-mailsync");
    MICROSOFT
        .server()
        .stubFor(delta(null, null).willReturn(okJson(json("delta-page-1.json", Map.of()))));
    MICROSOFT
        .server()
        .stubFor(
            delta("$skiptoken", "page-2-of-" + mailbox())
                .willReturn(okJson(json("delta-page-2.json", Map.of()))));
    MICROSOFT
        .server()
        .stubFor(
            delta("$deltatoken", "round-1-of-" + mailbox())
                .willReturn(okJson(json("delta-changes.json", Map.of()))));
    MICROSOFT.answersBatches(this::headersPart);
  }

  ObjectNode headersPart(String request) {
    Matcher matcher = MESSAGE_PART.matcher(request);
    if (!matcher.matches()) {
      return BatchResponder.answer(400, null);
    }
    String id = matcher.group(2);
    var failures = failuresOf.get(id);
    Integer failure = failures == null ? null : failures.poll();
    if (failure != null) {
      ObjectNode part =
          BatchResponder.answer(
              failure,
              FakeMicrosoft.json(
                  failure == 429
                      ? "error-throttled.json"
                      : "mailsync/error-service-unavailable.json",
                  Map.of()));
      ((ObjectNode) part.get("headers")).put("Retry-After", "0");
      return part;
    }
    return BatchResponder.answer(
        200,
        json(
            "message-headers.json",
            Map.of(
                "id",
                id,
                "contentType",
                contentTypeOf.getOrDefault(id, "text/plain; charset=utf-8"),
                "more",
                headersOf.getOrDefault(id, ""))));
  }

  /** A header line of {@code message-headers.json}. */
  static String header(String name, String value) {
    return ", {\"name\": \"" + name + "\", \"value\": \"" + value + "\"}";
  }

  UUID contact(String firstName, String lastName) throws Exception {
    return api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"%s","lastName":"%s","email":"%s-%s@example.com"}"""
            .formatted(firstName, lastName, firstName.toLowerCase().replace("é", "e"), run));
  }

  UUID sentCampaign(String name, String sendDate, UUID... members) throws Exception {
    UUID campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"%s","channel":"email","status":"sent","sendDate":"%s"}"""
                .formatted(name, sendDate));
    var ids =
        java.util.Arrays.stream(members)
            .map(id -> "\"" + id + "\"")
            .collect(java.util.stream.Collectors.joining(","));
    api.post("/api/campaigns/{id}/contacts", "{\"contactIds\":[" + ids + "]}", campaign)
        .andExpect(status().isOk());
    return campaign;
  }

  /**
   * The campaign mail Steward sent to {@code contact}, filed with its Message-ID and conversation.
   */
  void campaignMail(UUID campaign, UUID contact, String messageId, String conversationId)
      throws Exception {
    api.post(
            "/api/interactions",
            """
        {"kind":"email","direction":"outbound","subject":"Your autumn estate-planning letter",
         "occurredAt":"2026-10-01T08:00:00Z","internetMessageId":"%s","conversationId":"%s","campaignId":"%s",
         "contactIds":["%s"]}"""
                .formatted(messageId, conversationId, campaign, contact))
        .andExpect(status().isCreated());
  }

  String addMailbox(Api as) throws Exception {
    return Api.read(
        as.post(
                "/api/tenant/mailboxes",
                """
        {"address":"%s","kind":"shared"}"""
                    .formatted(mailbox()))
            .andExpect(status().isCreated()),
        "$.id");
  }

  <T> T inFirm(Supplier<T> work) {
    return CurrentTenant.callAs(
        firm, () -> new TransactionTemplate(transactionManager).execute(status -> work.get()));
  }

  long count(String sql) {
    return inFirm(() -> jdbc.sql(sql).query(Long.class).single());
  }
}
