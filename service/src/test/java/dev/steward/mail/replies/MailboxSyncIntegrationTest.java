package dev.steward.mail.replies;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.identity.Role;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MailboxSyncIntegrationTest extends MailSyncTestSupport {

  @Test
  void findsRepliesByConversationInReplyToAndSenderAndIgnoresAutomaticMailAndConvertedMembers()
      throws Exception {
    UUID anna = contact("Anna", "Müller");
    UUID ben = contact("Ben", "Okafor");
    UUID chloe = contact("Chloé", "Dubois");
    UUID dan = contact("Dan", "Okafor");
    UUID eve = contact("Eve", "Rossi");
    UUID frank = contact("Frank", "Novák");
    UUID greta = contact("Greta", "Andersson");
    UUID autumn =
        sentCampaign(
            "Autumn estate-planning letter",
            "2026-10-01",
            anna,
            ben,
            chloe,
            dan,
            eve,
            frank,
            greta);
    campaignMail(autumn, anna, "<autumn-anna-" + run + "@steward.example>", "CONV-ANNA-" + run);
    campaignMail(autumn, ben, "<autumn-ben-" + run + "@steward.example>", "CONV-BEN-" + run);
    campaignMail(autumn, chloe, "<autumn-chloe-" + run + "@steward.example>", "CONV-CHLOE-" + run);
    campaignMail(autumn, dan, "<autumn-dan-" + run + "@steward.example>", "CONV-DAN-" + run);
    campaignMail(autumn, eve, "<autumn-eve-" + run + "@steward.example>", "CONV-EVE-" + run);
    campaignMail(autumn, greta, "<autumn-greta-" + run + "@steward.example>", "CONV-GRETA-" + run);
    api.put(
            "/api/campaigns/{id}/contacts/{contact}",
            """
        {"status":"converted","version":0}""",
            autumn,
            chloe)
        .andExpect(status().isOk());
    headersOf.put(
        "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AAben",
        header("In-Reply-To", "<autumn-ben-" + run + "@steward.example>")
            + header("References", "<autumn-ben-" + run + "@steward.example>"));
    contentTypeOf.put(
        "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AAbnc",
        "multipart/report; report-type=delivery-status; boundary=\\\"b1\\\"");
    headersOf.put(
        "AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AAbnc", header("X-MS-Exchange-Message-Is-Ndr", ""));
    graphServesTheInbox();
    // The second page is throttled once, then unavailable once, before Graph answers it
    String page2 = "page-2-of-" + mailbox();
    MICROSOFT
        .server()
        .stubFor(
            delta("$skiptoken", page2)
                .inScenario("page-2-" + run)
                .whenScenarioStateIs(STARTED)
                .willReturn(
                    aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "0")
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("../error-throttled.json", Map.of())))
                .willSetStateTo("throttled"));
    MICROSOFT
        .server()
        .stubFor(
            delta("$skiptoken", page2)
                .inScenario("page-2-" + run)
                .whenScenarioStateIs("throttled")
                .willReturn(
                    aResponse()
                        .withStatus(503)
                        .withHeader("Retry-After", "0")
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("error-service-unavailable.json", Map.of())))
                .willSetStateTo("answered"));
    MICROSOFT
        .server()
        .stubFor(
            delta("$skiptoken", page2)
                .inScenario("page-2-" + run)
                .whenScenarioStateIs("answered")
                .willReturn(okJson(json("delta-page-2.json", Map.of()))));
    String mailboxId = addMailbox(api);
    int batchesBefore = batches();

    api.post("/api/tenant/mailboxes/{id}/sync", "", mailboxId)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ran").value(true))
        .andExpect(jsonPath("$.messagesRead").value(7))
        .andExpect(jsonPath("$.repliesFound").value(3))
        .andExpect(jsonPath("$.error").doesNotExist());

    assertThat(MICROSOFT.server().findAll(deltaRequested("$skiptoken", page2))).hasSize(3);
    // Anna, Ben, Frank and Eve's bounce are pending members' mail; Dan's out-of-office shows in its
    // subject
    assertThat(batches() - batchesBefore).isEqualTo(1);
    assertThat(memberStatuses(autumn))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                anna,
                "responded mailbox",
                ben,
                "responded mailbox",
                frank,
                "responded mailbox",
                chloe,
                "converted manual",
                dan,
                "pending null",
                eve,
                "pending null",
                greta,
                "pending null"));
    var replies = api.get("/api/campaigns/{id}/replies", autumn).andExpect(status().isOk());
    Map<String, String> matched = matchedBy(autumn);
    assertThat(matched)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Anna Müller",
                "conversation",
                "Ben Okafor",
                "in_reply_to",
                "Frank Novák",
                "sender"));
    replies.andExpect(
        jsonPath("$[?(@.contactName == 'Anna Müller')].webLink")
            .value(
                "https://outlook.office365.com/owa/?ItemID=AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AAnna&exvsurl=1&viewmodel=ReadMessageItem"));
    assertThat(
            count(
                "select count(*) from interactions where direction = 'inbound' and campaign_id is not null"))
        .isEqualTo(3);
    List<String> kinds = Api.read(api.get("/api/contacts/{id}/timeline", anna), "$[*].title");
    assertThat(kinds).contains("RE: Your autumn estate-planning letter");
    assertThat((List<?>) Api.read(api.get("/api/audit?action=reply.detected"), "$.items"))
        .hasSize(3);

    // The next sync asks Graph only for what changed since, through the delta link kept
    api.post("/api/tenant/mailboxes/{id}/sync", "", mailboxId)
        .andExpect(jsonPath("$.repliesFound").value(1))
        .andExpect(jsonPath("$.resynced").value(false));
    assertThat(MICROSOFT.server().findAll(deltaRequested("$deltatoken", "round-1-of-" + mailbox())))
        .hasSize(1);
    assertThat(matchedBy(autumn)).containsEntry("Greta Andersson", "conversation");

    // Graph has forgotten the newest delta link: the whole inbox is read again, and nothing is
    // recorded twice
    MICROSOFT
        .server()
        .stubFor(
            delta("$deltatoken", "round-2-of-" + mailbox())
                .willReturn(
                    aResponse()
                        .withStatus(410)
                        .withHeader("Content-Type", "application/json")
                        .withBody(json("error-sync-state-not-found.json", Map.of()))));
    api.post("/api/tenant/mailboxes/{id}/sync", "", mailboxId)
        .andExpect(jsonPath("$.resynced").value(true))
        .andExpect(jsonPath("$.messagesRead").value(7))
        .andExpect(jsonPath("$.repliesFound").value(0));
    assertThat(MICROSOFT.server().findAll(deltaRequested(null, null))).hasSize(2);
    assertThat(count("select count(*) from mailbox_replies")).isEqualTo(4);
    assertThat(count("select count(*) from interactions where direction = 'inbound'")).isEqualTo(4);
    assertThat(
            count(
                "select count(*) from interaction_contacts ic join interactions i on i.id = ic.interaction_id "
                    + "where i.direction = 'inbound'"))
        .isEqualTo(4);
    assertThat(
            inFirm(
                () ->
                    jdbc.sql("select delta_link from mailbox_sync_states")
                        .query(String.class)
                        .single()))
        .endsWith("$deltatoken=round-1-of-" + mailbox());
    assertThat(memberStatuses(autumn)).containsEntry(chloe, "converted manual");
  }

  @Test
  void aSenderMatchIsUndoneAndAStrongMatchIsNot() throws Exception {
    UUID anna = contact("Anna", "Müller");
    UUID frank = contact("Frank", "Novák");
    UUID autumn = sentCampaign("Autumn estate-planning letter", "2026-10-01", anna, frank);
    campaignMail(autumn, anna, "<autumn-anna-" + run + "@steward.example>", "CONV-ANNA-" + run);
    graphServesTheInbox();
    String mailboxId = addMailbox(api);
    api.post("/api/tenant/mailboxes/{id}/sync", "", mailboxId)
        .andExpect(jsonPath("$.repliesFound").value(2));
    UUID frankReply = replyOf(autumn, "Frank Novák");
    UUID annaReply = replyOf(autumn, "Anna Müller");
    signIn(firm, Role.VIEWER)
        .get("/api/mailbox-replies?internetMessageId={id}", "<anna-reply-" + run + "@example.com>")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].campaignId").value(autumn.toString()))
        .andExpect(jsonPath("$[0].matchedBy").value("conversation"));

    signIn(firm, Role.VIEWER)
        .post("/api/campaigns/{id}/replies/{reply}/undo", "", autumn, frankReply)
        .andExpect(status().isForbidden());
    api.post("/api/campaigns/{id}/replies/{reply}/undo", "", autumn, annaReply)
        .andExpect(status().isConflict())
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot be undone")));
    api.post("/api/campaigns/{id}/replies/{reply}/undo", "", autumn, frankReply)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.undoneAt").isNotEmpty());

    assertThat(memberStatuses(autumn))
        .containsEntry(frank, "pending null")
        .containsEntry(anna, "responded mailbox");
    assertThat((List<?>) Api.read(api.get("/api/audit?action=reply.undone"), "$.items")).hasSize(1);
    api.post("/api/campaigns/{id}/replies/{reply}/undo", "", autumn, frankReply)
        .andExpect(status().isConflict());
    api.get(
            "/api/mailbox-replies?internetMessageId={id}",
            "<frank-question-" + run + "@example.com>")
        .andExpect(jsonPath("$").isEmpty());
    // Read again, the undone reply is not found again
    api.post("/api/tenant/mailboxes/{id}/sync", "", mailboxId)
        .andExpect(jsonPath("$.repliesFound").value(0));
    assertThat(memberStatuses(autumn)).containsEntry(frank, "pending null");
  }

  @Test
  void readsTheHeadersOfTwentyFiveMessagesInFullBatchesAndRetriesAThrottledPart() throws Exception {
    List<UUID> members = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (int i = 10; i < 35; i++) {
      members.add(contact("Member" + i, "Zoë"));
      messages.add(
          json(
              "delta-one-message.json",
              Map.of(
                  "n",
                  "M" + i,
                  "minute",
                  i,
                  "subject",
                  "Question " + i,
                  "name",
                  "Member" + i + " Zoë",
                  "address",
                  "member" + i + "-" + run + "@example.com")));
    }
    UUID campaign = sentCampaign("Spring review", "2026-10-15", members.toArray(UUID[]::new));
    MICROSOFT.issuesAppToken(dev.steward.microsoft.FakeMicrosoft.APP_TENANT, "app-token-mailsync");
    MICROSOFT
        .server()
        .stubFor(
            delta(null, null)
                .willReturn(
                    okJson(
                        json(
                            "delta-page.json",
                            Map.of(
                                "token", "many-" + run, "messages", String.join(",", messages))))));
    MICROSOFT.answersBatches(this::headersPart);
    failuresOf.put("AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AM17", new ArrayDeque<>(List.of(429)));
    String mailboxId = addMailbox(api);
    int before = batches();

    api.post("/api/tenant/mailboxes/{id}/sync", "", mailboxId)
        .andExpect(jsonPath("$.repliesFound").value(25))
        .andExpect(jsonPath("$.headersRead").value(25));

    var batches = MICROSOFT.server().findAll(postRequestedFor(urlPathEqualTo("/v1.0/$batch")));
    assertThat(batches.size() - before).isEqualTo(3);
    var parts =
        batches.subList(before, batches.size()).stream()
            .map(request -> request.getBodyAsString().split("\"method\"").length - 1)
            .toList();
    // A full batch as soon as the page is read, its throttled part again, then the five left at the
    // end
    assertThat(parts).containsExactly(20, 1, 5);
    assertThat(matchedBy(campaign).values()).hasSize(25).containsOnly("sender");
  }

  @Test
  void adminsListAddAndRemoveMailboxesAndBadInputIsAProblem() throws Exception {
    api.post(
            "/api/tenant/mailboxes",
            """
        {"address":"not an address","kind":"robot"}""")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.field == 'address')]").isNotEmpty())
        .andExpect(jsonPath("$.errors[?(@.field == 'kind')]").isNotEmpty());
    String id = addMailbox(api);
    api.post(
            "/api/tenant/mailboxes",
            """
        {"address":"%s","kind":"user"}"""
                .formatted(mailbox().toUpperCase()))
        .andExpect(status().isConflict());
    signIn(firm, Role.USER).get("/api/tenant/mailboxes").andExpect(status().isForbidden());
    api.get("/api/tenant/mailboxes")
        .andExpect(jsonPath("$[0].address").value(mailbox()))
        .andExpect(jsonPath("$[0].kind").value("shared"));
    api.delete("/api/tenant/mailboxes/{id}", id).andExpect(status().isNoContent());
    api.delete("/api/tenant/mailboxes/{id}", id).andExpect(status().isNotFound());
    assertThat((List<?>) Api.read(api.get("/api/audit?action=mailbox.added"), "$.items"))
        .hasSize(1);
  }

  private int batches() {
    return MICROSOFT.server().findAll(postRequestedFor(urlPathEqualTo("/v1.0/$batch"))).size();
  }

  private Map<UUID, String> memberStatuses(UUID campaign) {
    return inFirm(
        () ->
            jdbc
                .sql(
                    "select contact_id, status || ' ' || coalesce(recorded_via, 'null') "
                        + "from campaign_contacts where campaign_id = ?")
                .param(campaign)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  private Map<String, String> matchedBy(UUID campaign) throws Exception {
    List<String> names =
        Api.read(api.get("/api/campaigns/{id}/replies", campaign), "$[*].contactName");
    List<String> how = Api.read(api.get("/api/campaigns/{id}/replies", campaign), "$[*].matchedBy");
    return IntStream.range(0, names.size()).boxed().collect(Collectors.toMap(names::get, how::get));
  }

  private UUID replyOf(UUID campaign, String name) throws Exception {
    List<String> ids =
        Api.read(
            api.get("/api/campaigns/{id}/replies", campaign),
            "$[?(@.contactName == '" + name + "')].id");
    return UUID.fromString(ids.get(0));
  }
}
