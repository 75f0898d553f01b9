package dev.steward.mail.tracked;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.mail.Interactions;
import dev.steward.microsoft.FakeMicrosoft;
import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaign mail written in Outlook and tracked: the recipients become members, the send is recorded
 * (by the pane, or by Outlook's send event with the signed token alone), and WireMock, playing
 * Graph, answers the search of the sender's Sent Items by the tracking header: a mail found there
 * goes on the members' timelines with its ids; one never found (recorded, then discarded) is
 * flagged and stays off them.
 */
@TestPropertySource(
    properties = {"steward.microsoft.max-retries=0", "steward.mail.tracked.lookup-interval=1h"})
class TrackedMailIntegrationTest extends IntegrationTest {

  static final FakeMicrosoft MICROSOFT = FakeMicrosoft.startForSpringTests();

  @DynamicPropertySource
  static void microsoft(DynamicPropertyRegistry registry) {
    MICROSOFT.register(registry);
  }

  @Autowired SentItemsLookup lookup;
  @Autowired Interactions interactions;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private String mailbox() {
    return "adviser-" + run + "@firm.example";
  }

  private UUID contact(String first) throws Exception {
    String slug =
        java.text.Normalizer.normalize(first, java.text.Normalizer.Form.NFD)
            .replaceAll("[^A-Za-z]", "")
            .toLowerCase(java.util.Locale.ROOT);
    return api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"%s","lastName":"Haddad","email":"%s-%s@example.com"}"""
            .formatted(first, slug, run));
  }

  private UUID contact() throws Exception {
    return contact("Leïla");
  }

  private UUID campaign() throws Exception {
    return api.create(
        "/api/campaigns",
        """
        {"name":"Pension review %s","channel":"email"}"""
            .formatted(run));
  }

  /**
   * Tracks one mail to the contacts, sent from the adviser's mailbox (searchable through Graph).
   */
  private String track(UUID campaign, UUID... contacts) throws Exception {
    return track(campaign, "\"" + mailbox() + "\"", contacts);
  }

  private String track(UUID campaign, String mailboxJson, UUID... contacts) throws Exception {
    String ids =
        String.join(",", java.util.Arrays.stream(contacts).map(c -> "\"" + c + "\"").toList());
    var tracked =
        api.post(
                "/api/campaigns/{id}/mail/tracked",
                """
            {"contactIds":[%s],"mailbox":%s}"""
                    .formatted(ids, mailboxJson),
                campaign)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("composed"))
            .andExpect(jsonPath("$.headerName").value("x-steward-tracking"));
    return Api.read(tracked, "$.token");
  }

  private void sql(String statement, String token) {
    CurrentTenant.runAs(
        firm,
        () ->
            new TransactionTemplate(transactions)
                .executeWithoutResult(status -> jdbc.sql(statement).param(token).update()));
  }

  private void dueNow(String token) {
    sql("update mail_tracked_mails set next_lookup_at = now() where token = ?", token);
  }

  private String sentItems() {
    return "/v1\\.0/users/adviser-" + run + "(%40|@)firm\\.example/mailFolders/sentitems/messages";
  }

  private void sentItemsHold(String token) {
    MICROSOFT
        .server()
        .stubFor(
            get(urlPathMatching(sentItems()))
                .withQueryParam("$filter", containing(token))
                .willReturn(
                    okJson(
                        """
                {"value":[{"id":"AAMk-sent-%1$s","internetMessageId":"<outlook-%1$s@firm.example>",
                 "conversationId":"conv-%1$s","sentDateTime":"2026-12-05T10:15:00Z"}]}"""
                            .formatted(run))));
  }

  private void sentItemsEmpty() {
    MICROSOFT
        .server()
        .stubFor(
            get(urlPathMatching(
                    "/v1\\.0/users/adviser-" + run + "(%40|@)firm\\.example/mailFolders/.*"))
                .willReturn(okJson("{\"value\":[]}")));
  }

  @Test
  void withoutAMailboxToSearchTheSendIsFiledAtOnceOnEveryRecipientsTimeline() throws Exception {
    UUID leila = contact();
    UUID omar = contact("Omar");
    UUID campaign = campaign();

    String token = track(campaign, "null", leila, omar);
    api.get("/api/campaigns/{id}/contacts", campaign)
        .andExpect(jsonPath("$.totalElements").value(2));
    api.get("/api/mail/tracked/{token}", token)
        .andExpect(jsonPath("$.contactIds[0]").value(leila.toString()))
        .andExpect(jsonPath("$.contactIds[1]").value(omar.toString()));

    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Your pension review\"}", token)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("sent"))
        .andExpect(jsonPath("$.sentAt").isNotEmpty());
    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Again\"}", token)
        .andExpect(jsonPath("$.state").value("sent"));

    var leilas = CurrentTenant.callAs(firm, () -> interactions.ofContact(leila, 10));
    var omars = CurrentTenant.callAs(firm, () -> interactions.ofContact(omar, 10));
    assertThat(leilas).hasSize(1);
    assertThat(leilas.get(0).subject()).isEqualTo("Your pension review");
    assertThat(leilas.get(0).direction()).isEqualTo("outbound");
    assertThat(leilas.get(0).campaignId()).isEqualTo(campaign);
    assertThat(leilas.get(0).contactIds()).containsExactlyInAnyOrder(leila, omar);
    assertThat(omars).extracting(i -> i.id()).containsExactly(leilas.get(0).id());
    api.get("/api/campaigns/{id}", campaign).andExpect(jsonPath("$.status").value("sent"));
  }

  @Test
  void graphFindsTheSentMailByItsHeaderAndOnlyThenFilesItWithTheIdsThatFeedReplyMatching()
      throws Exception {
    MICROSOFT.issuesAppToken(FakeMicrosoft.APP_TENANT, "app-token-" + run);
    UUID leila = contact();
    UUID omar = contact("Omar");
    UUID campaign = campaign();
    String token = track(campaign, leila, omar);
    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Your pension review\"}", token)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("unconfirmed"))
        .andExpect(jsonPath("$.confirmBy").isNotEmpty());
    assertThat(CurrentTenant.callAs(firm, () -> interactions.ofContact(leila, 10))).isEmpty();
    sentItemsHold(token);

    dueNow(token);
    lookup.lookUpDue();

    MICROSOFT
        .server()
        .verify(
            getRequestedFor(urlPathMatching(sentItems()))
                .withQueryParam(
                    "$filter",
                    containing(
                        "ep/id eq 'String {00020386-0000-0000-C000-000000000046} Name"
                            + " x-steward-tracking' and ep/value eq '"
                            + token
                            + "'")));
    api.get("/api/mail/tracked/{token}", token)
        .andExpect(jsonPath("$.state").value("found"))
        .andExpect(jsonPath("$.internetMessageId").value("<outlook-" + run + "@firm.example>"))
        .andExpect(jsonPath("$.conversationId").value("conv-" + run));
    var filed =
        CurrentTenant.callAs(
            firm, () -> interactions.byInternetMessageId("<outlook-" + run + "@firm.example>"));
    assertThat(filed).isPresent();
    assertThat(filed.get().campaignId()).isEqualTo(campaign);
    assertThat(filed.get().subject()).isEqualTo("Your pension review");
    assertThat(filed.get().contactIds()).containsExactlyInAnyOrder(leila, omar);
    api.get("/api/campaigns/{id}", campaign).andExpect(jsonPath("$.status").value("sent"));
    // Each member's send record has the ids too, and counts in the campaign's figures.
    List<String> sendRecords =
        CurrentTenant.callAs(
            firm,
            () ->
                new TransactionTemplate(transactions)
                    .execute(
                        status ->
                            jdbc.sql(
                                    "select state || ' ' || internet_message_id || ' ' ||"
                                        + " conversation_id from mail_send_members where"
                                        + " campaign_id = ? order by contact_id")
                                .params(campaign)
                                .query(String.class)
                                .list()));
    assertThat(sendRecords)
        .containsOnly("sent <outlook-" + run + "@firm.example> conv-" + run)
        .hasSize(2);
    api.get("/api/campaigns/{id}/mail/progress", campaign)
        .andExpect(jsonPath("$.sent").value(2))
        .andExpect(jsonPath("$.sentFromOutlook").value(2));
  }

  @Test
  void aMailNotInSentItemsYetStaysUnconfirmedAndIsLookedForAgainLater() throws Exception {
    MICROSOFT.issuesAppToken(FakeMicrosoft.APP_TENANT, "app-token-" + run);
    UUID contact = contact();
    String token = track(campaign(), contact);
    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Soon\"}", token);
    sentItemsEmpty();

    dueNow(token);
    lookup.lookUpDue();

    api.get("/api/mail/tracked/{token}", token).andExpect(jsonPath("$.state").value("unconfirmed"));
    var lookups =
        CurrentTenant.callAs(
            firm,
            () ->
                new TransactionTemplate(transactions)
                    .execute(
                        status ->
                            jdbc.sql(
                                    "select lookups, next_lookup_at > now() + interval '90 seconds'"
                                        + " from mail_tracked_mails where token = ?")
                                .param(token)
                                .query((rs, n) -> rs.getInt(1) + "/" + rs.getBoolean(2))
                                .single()));
    assertThat(lookups).isEqualTo("1/true");
    assertThat(CurrentTenant.callAs(firm, () -> interactions.ofContact(contact, 10))).isEmpty();
  }

  @Test
  void recordedThenDiscardedAMailNeverFoundIsFlaggedAndNeverFiled() throws Exception {
    MICROSOFT.issuesAppToken(FakeMicrosoft.APP_TENANT, "app-token-" + run);
    UUID contact = contact();
    UUID campaign = campaign();
    String token = track(campaign, contact);
    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Discarded\"}", token)
        .andExpect(jsonPath("$.state").value("unconfirmed"));
    sentItemsEmpty();
    sql(
        "update mail_tracked_mails set next_lookup_at = now(),"
            + " confirm_by = now() - interval '1 minute' where token = ?",
        token);

    lookup.lookUpDue();

    api.get("/api/mail/tracked/{token}", token).andExpect(jsonPath("$.state").value("not_found"));
    assertThat(CurrentTenant.callAs(firm, () -> interactions.ofContact(contact, 10))).isEmpty();
    api.get("/api/campaigns/{id}", campaign).andExpect(jsonPath("$.status").value("draft"));
    api.get("/api/campaigns/{id}/mail/progress", campaign)
        .andExpect(jsonPath("$.sentFromOutlook").value(0));
    // Found later after all (a send that waited in the Outbox): no longer looked for.
    sentItemsHold(token);
    dueNow(token);
    lookup.lookUpDue();
    api.get("/api/mail/tracked/{token}", token).andExpect(jsonPath("$.state").value("not_found"));
  }

  @Test
  void graphFailingPastTheDeadlineNeverFlagsTheMail() throws Exception {
    MICROSOFT.issuesAppToken(FakeMicrosoft.APP_TENANT, "app-token-" + run);
    String token = track(campaign(), contact());
    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Down\"}", token);
    MICROSOFT
        .server()
        .stubFor(
            get(urlPathMatching(
                    "/v1\\.0/users/adviser-" + run + "(%40|@)firm\\.example/mailFolders/.*"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.serverError()));
    sql(
        "update mail_tracked_mails set next_lookup_at = now(),"
            + " confirm_by = now() - interval '1 minute' where token = ?",
        token);

    lookup.lookUpDue();

    api.get("/api/mail/tracked/{token}", token).andExpect(jsonPath("$.state").value("unconfirmed"));
  }

  @Test
  void outlooksSendEventRecordsTheMailWithTheSignedTokenAloneAndNothingElse() throws Exception {
    UUID contact = contact();
    UUID campaign = campaign();
    String token = track(campaign, "null", contact);

    mvc.perform(
            post("/api/mail/tracked/{token}/on-send", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\":\"Sent from Outlook\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("sent"))
        .andExpect(jsonPath("$.campaignId").doesNotExist())
        .andExpect(jsonPath("$.contactIds").doesNotExist());
    var timeline = CurrentTenant.callAs(firm, () -> interactions.ofContact(contact, 10));
    assertThat(timeline).extracting(i -> i.subject()).containsExactly("Sent from Outlook");

    char last = token.charAt(token.length() - 1);
    String forged = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    for (String bad : List.of(forged, "not-a-token-at-all-0123456789")) {
      mvc.perform(
              post("/api/mail/tracked/{token}/on-send", bad)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"subject\":\"x\"}"))
          .andExpect(status().isNotFound());
    }
    // The token opens nothing else: reading the mail still needs a sign-in.
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/api/mail/tracked/{token}", token))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void onlyTheSendEventsEndpointAnswersCrossOriginCalls() throws Exception {
    var options =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options(
                "/api/mail/tracked/{token}/on-send", "any-token")
            .header("Origin", "https://outlook-runtime.example")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type");
    mvc.perform(options)
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("Access-Control-Allow-Origin", "https://outlook-runtime.example"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .doesNotExist("Access-Control-Allow-Credentials"));

    var elsewhere =
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options(
                "/api/mail/tracked/{token}/sent", "any-token")
            .header("Origin", "https://outlook-runtime.example")
            .header("Access-Control-Request-Method", "POST");
    mvc.perform(elsewhere)
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .doesNotExist("Access-Control-Allow-Origin"));
  }

  @Test
  void trackingRefusesSomeoneWhoIsNoContactAndAMailToNobody() throws Exception {
    UUID campaign = campaign();
    api.post(
            "/api/campaigns/{id}/mail/tracked",
            "{\"contactId\":\"%s\"}".formatted(UUID.randomUUID()),
            campaign)
        .andExpect(status().isUnprocessableEntity());
    api.post("/api/campaigns/{id}/mail/tracked", "{\"contactIds\":[]}", campaign)
        .andExpect(status().isUnprocessableEntity());
  }
}
