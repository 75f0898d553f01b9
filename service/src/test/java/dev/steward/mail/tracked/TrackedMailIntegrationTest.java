package dev.steward.mail.tracked;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.mail.Interactions;
import dev.steward.microsoft.FakeMicrosoft;
import dev.steward.tenancy.CurrentTenant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaign mail written in Outlook and tracked: the recipient becomes a member, the send is
 * recorded on their timeline with the campaign, and WireMock, playing Graph, answers the search of
 * the sender's Sent Items by the tracking header, whose ids then let reply detection match answers.
 */
@TestPropertySource(
    properties = {"steward.microsoft.max-retries=0", "steward.mail.tracked.lookup-interval=1h"})
class TrackedMailIntegrationTest extends IntegrationTest {

  static final FakeMicrosoft MICROSOFT = FakeMicrosoft.start();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(MICROSOFT::close));
  }

  @DynamicPropertySource
  static void microsoft(DynamicPropertyRegistry registry) {
    MICROSOFT.properties().forEach((name, value) -> registry.add(name, () -> value));
  }

  @Autowired SentItemsLookup lookup;
  @Autowired Interactions interactions;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private String mailbox() {
    return "adviser-" + run + "@firm.example";
  }

  private UUID contact() throws Exception {
    return api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"Leïla","lastName":"Haddad","email":"leila-%s@example.com"}"""
            .formatted(run));
  }

  private UUID campaign() throws Exception {
    return api.create(
        "/api/campaigns",
        """
        {"name":"Pension review %s","channel":"email"}"""
            .formatted(run));
  }

  private String track(UUID campaign, UUID contact) throws Exception {
    var tracked =
        api.post(
                "/api/campaigns/{id}/mail/tracked",
                """
            {"contactId":"%s","mailbox":"%s"}"""
                    .formatted(contact, mailbox()),
                campaign)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("composed"))
            .andExpect(jsonPath("$.headerName").value("x-steward-tracking"));
    return Api.read(tracked, "$.token");
  }

  private void dueNow(String token) {
    CurrentTenant.runAs(
        firm,
        () ->
            new TransactionTemplate(transactions)
                .executeWithoutResult(
                    status ->
                        jdbc.sql(
                                "update mail_tracked_mails set next_lookup_at = now() where token = ?")
                            .param(token)
                            .update()));
  }

  @Test
  void trackingMakesTheRecipientAMemberAndSendingFilesItOnTheirTimeline() throws Exception {
    UUID contact = contact();
    UUID campaign = campaign();

    String token = track(campaign, contact);
    api.get("/api/campaigns/{id}/contacts", campaign)
        .andExpect(jsonPath("$.items[0].contact.id").value(contact.toString()));

    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Your pension review\"}", token)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("sent"))
        .andExpect(jsonPath("$.sentAt").isNotEmpty());
    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Again\"}", token)
        .andExpect(jsonPath("$.state").value("sent"));

    var timeline = CurrentTenant.callAs(firm, () -> interactions.ofContact(contact, 10));
    assertThat(timeline).hasSize(1);
    assertThat(timeline.get(0).subject()).isEqualTo("Your pension review");
    assertThat(timeline.get(0).direction()).isEqualTo("outbound");
    assertThat(timeline.get(0).campaignId()).isEqualTo(campaign);
    api.get("/api/campaigns/{id}", campaign).andExpect(jsonPath("$.status").value("sent"));
  }

  @Test
  void graphFindsTheSentMailByItsHeaderAndItsIdsFeedReplyMatching() throws Exception {
    MICROSOFT.issuesAppToken(FakeMicrosoft.APP_TENANT, "app-token-" + run);
    UUID contact = contact();
    UUID campaign = campaign();
    String token = track(campaign, contact);
    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Your pension review\"}", token)
        .andExpect(status().isOk());
    String sentItems =
        "/v1\\.0/users/adviser-" + run + "(%40|@)firm\\.example/mailFolders/sentitems/messages";
    MICROSOFT
        .server()
        .stubFor(
            get(urlPathMatching(sentItems))
                .withQueryParam("$filter", containing(token))
                .willReturn(
                    okJson(
                        """
                {"value":[{"id":"AAMk-sent-%1$s","internetMessageId":"<outlook-%1$s@firm.example>",
                 "conversationId":"conv-%1$s","sentDateTime":"2026-12-05T10:15:00Z"}]}"""
                            .formatted(run))));

    dueNow(token);
    lookup.lookUpDue();

    MICROSOFT
        .server()
        .verify(
            getRequestedFor(urlPathMatching(sentItems))
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
    assertThat(filed.get().contactIds()).containsExactly(contact);
    // The member's send record has the ids too, and counts in the campaign's figures.
    String sendRecord =
        CurrentTenant.callAs(
            firm,
            () ->
                new TransactionTemplate(transactions)
                    .execute(
                        status ->
                            jdbc.sql(
                                    "select state || ' ' || internet_message_id || ' ' || conversation_id"
                                        + " from mail_send_members where campaign_id = ? and contact_id = ?")
                                .params(campaign, contact)
                                .query(String.class)
                                .single()));
    assertThat(sendRecord).isEqualTo("sent <outlook-" + run + "@firm.example> conv-" + run);
    api.get("/api/campaigns/{id}/mail/progress", campaign)
        .andExpect(jsonPath("$.sent").value(1))
        .andExpect(jsonPath("$.sentFromOutlook").value(1));
  }

  @Test
  void aMailNotInSentItemsYetIsLookedForAgainLater() throws Exception {
    MICROSOFT.issuesAppToken(FakeMicrosoft.APP_TENANT, "app-token-" + run);
    UUID contact = contact();
    String token = track(campaign(), contact);
    api.post("/api/mail/tracked/{token}/sent", "{\"subject\":\"Soon\"}", token);
    MICROSOFT
        .server()
        .stubFor(
            get(urlPathMatching(
                    "/v1\\.0/users/adviser-" + run + "(%40|@)firm\\.example/mailFolders/.*"))
                .willReturn(okJson("{\"value\":[]}")));

    dueNow(token);
    lookup.lookUpDue();

    api.get("/api/mail/tracked/{token}", token).andExpect(jsonPath("$.state").value("sent"));
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
  }

  @Test
  void trackingRefusesSomeoneWhoIsNoContact() throws Exception {
    api.post(
            "/api/campaigns/{id}/mail/tracked",
            "{\"contactId\":\"%s\"}".formatted(UUID.randomUUID()),
            campaign())
        .andExpect(status().isUnprocessableEntity());
  }
}
