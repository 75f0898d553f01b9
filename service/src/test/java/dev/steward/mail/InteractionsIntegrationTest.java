package dev.steward.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.campaigns.Campaigns;
import dev.steward.campaigns.RecordedVia;
import dev.steward.campaigns.ResponseStatus;
import dev.steward.identity.Role;
import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InteractionsIntegrationTest extends IntegrationTest {

  @Autowired Campaigns campaigns;

  @Test
  void filesAnEmailOnceAndRecordsTheCampaignResponseFromOutlook() throws Exception {
    var ada =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ada","lastName":"Lovelace","email":"ada@example.com"}""");
    var charles =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Charles","lastName":"Babbage"}""");
    var campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"Spring review","channel":"email","status":"sent","sendDate":"2026-03-01"}""");
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s"]}"""
                .formatted(ada),
            campaign)
        .andExpect(status().isOk());
    String email =
        """
        {"kind":"email","direction":"inbound","subject":"Re: Spring review","summary":"Happy to meet in April.",
         "occurredAt":"2026-03-04T10:15:00Z","internetMessageId":"<abc123@mail.example.com>",
         "conversationId":"AAQkAD","campaignId":"%s","responseStatus":"responded","contactIds":["%s"]}"""
            .formatted(campaign, ada);

    var first =
        api.post("/api/interactions", email)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.subject").value("Re: Spring review"));
    String id = Api.read(first, "$.id");
    api.post("/api/interactions", email)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id));
    api.post(
            "/api/interactions",
            email.replace(
                "\"contactIds\":[\"" + ada + "\"]",
                "\"contactIds\":[\"" + ada + "\",\"" + charles + "\"]"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.contactIds", hasSize(2)));

    api.get("/api/campaigns/{id}/contacts", campaign)
        .andExpect(jsonPath("$.items[0].status").value("responded"))
        .andExpect(jsonPath("$.items[0].recordedVia").value("outlook"))
        .andExpect(jsonPath("$.items[0].responseDate").value("2026-03-04T10:15:00Z"));

    List<String> kinds = Api.read(api.get("/api/contacts/{id}/timeline", ada), "$[*].kind");
    // The contact was created today; the email is from March.
    assertThat(kinds).containsExactly("change", "email");
    api.get("/api/contacts/{id}/timeline", ada)
        .andExpect(jsonPath("$[0].title").value("contact.created"))
        .andExpect(jsonPath("$[1].title").value("Re: Spring review"))
        .andExpect(jsonPath("$[1].detail").value("Happy to meet in April."));
    List<String> filed =
        Api.read(api.get("/api/audit?action=interaction.filed"), "$.items[*].action");
    assertThat(filed).hasSize(1);
  }

  @Test
  void refusesUnknownContactsAndAResponseWithoutItsCampaign() throws Exception {
    var ada =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ada"}""");
    api.post(
            "/api/interactions",
            """
        {"kind":"note","contactIds":["%s"]}"""
                .formatted(UUID.randomUUID()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("contactIds[0]"));
    api.post(
            "/api/interactions",
            """
        {"kind":"email","responseStatus":"converted","contactIds":["%s"]}"""
                .formatted(ada))
        .andExpect(jsonPath("$.errors[0].field").value("campaignId"));
    api.post(
            "/api/interactions",
            """
        {"kind":"fax","contactIds":["%s"]}"""
                .formatted(ada))
        .andExpect(status().isUnprocessableContent());
    signIn(firm, Role.VIEWER)
        .post(
            "/api/interactions",
            """
        {"kind":"note","contactIds":["%s"]}"""
                .formatted(ada))
        .andExpect(status().isForbidden());
  }

  static final String AUTUMN_REPLY =
      """
      {"kind":"email","direction":"inbound","subject":"Re: Autumn estate-planning letter",
       "summary":"We would like to review the trust.","occurredAt":"2026-03-04T10:15:00Z",
       "internetMessageId":"<reply-%1$s@client.example>","conversationId":"AAQkAD-%1$s",
       "from":{"address":"Ann.Lee@Client.example","name":"Ann Lee"},
       "to":[{"address":"me@firm.example","name":"Me"},{"address":"bob.ray@client.example","name":"Bob Ray"}],
       "cc":[{"address":"carla@lawyers.example","name":"Carla Diaz"}],
       "restId":"AAMkAD-%1$s","inReplyTo":"<autumn-letter@firm.example>",
       "references":"<seed@firm.example> <autumn-letter@firm.example>",
       "webLink":"https://outlook.office365.com/owa/?ItemID=%1$s","attachmentNames":["Trust deed.pdf"]%2$s}""";

  private static String reply(String key, String extra) {
    return AUTUMN_REPLY.formatted(key, extra);
  }

  private static String response(UUID campaign, String status) {
    return ",\"campaignId\":\"%s\",\"responseStatus\":\"%s\"".formatted(campaign, status);
  }

  private UUID contact(String first, String last, String email) throws Exception {
    return api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"%s","lastName":"%s","email":"%s"}"""
            .formatted(first, last, email));
  }

  @Test
  void filesAnEmailOnEveryKnownPersonOnItAndOnlyLinksNewOnesWhenFiledAgain() throws Exception {
    var ann = contact("Ann", "Lee", "ann.lee@client.example");
    var bob = contact("Bob", "Ray", "bob.ray@client.example");
    String email = reply("every", "");

    var first =
        api.post("/api/interactions", email)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.created").value(true))
            .andExpect(jsonPath("$.contacts[*].displayName", contains("Ann Lee", "Bob Ray")))
            .andExpect(
                jsonPath(
                    "$.newlyLinkedContactIds", containsInAnyOrder(ann.toString(), bob.toString())))
            .andExpect(jsonPath("$.readThrough").value("outlook"))
            .andExpect(jsonPath("$.from.address").value("Ann.Lee@Client.example"))
            .andExpect(jsonPath("$.to[1].name").value("Bob Ray"))
            .andExpect(jsonPath("$.cc[0].address").value("carla@lawyers.example"))
            .andExpect(jsonPath("$.restId").value("AAMkAD-every"))
            .andExpect(jsonPath("$.inReplyTo").value("<autumn-letter@firm.example>"))
            .andExpect(
                jsonPath("$.references").value("<seed@firm.example> <autumn-letter@firm.example>"))
            .andExpect(
                jsonPath("$.webLink").value("https://outlook.office365.com/owa/?ItemID=every"))
            .andExpect(jsonPath("$.attachmentNames[0]").value("Trust deed.pdf"))
            .andExpect(jsonPath("$.filedVia").value("outlook"));
    String id = Api.read(first, "$.id");

    var carla = contact("Carla", "Diaz", "carla@lawyers.example");
    api.post("/api/interactions", email)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.created").value(false))
        .andExpect(jsonPath("$.newlyLinkedContactIds", contains(carla.toString())))
        .andExpect(jsonPath("$.contacts", hasSize(3)));
    api.post("/api/interactions", email)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.newlyLinkedContactIds", hasSize(0)));

    for (var person : List.of(ann, bob, carla)) {
      List<String> ids =
          Api.read(
              api.get("/api/contacts/{id}/timeline", person),
              "$[?(@.kind == 'email')].interactionId");
      assertThat(ids).containsExactly(id);
    }
    List<String> filed =
        Api.read(api.get("/api/audit?action=interaction.filed"), "$.items[*].action");
    assertThat(filed).hasSize(1);
  }

  @Test
  void refusesAnEmailWithNobodyKnownOnIt() throws Exception {
    api.post("/api/interactions", reply("nobody", ""))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("contactIds"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(containsString("nobody on this email is a contact")));
  }

  @Test
  void markingAsAResponseLinksTheEmailToItsCampaignAndTheTimelineSaysSo() throws Exception {
    var ann = contact("Ann", "Lee", "ann.lee@client.example");
    var bob = contact("Bob", "Ray", "bob.ray@client.example");
    var campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"Autumn estate-planning letter","channel":"email","status":"sent","sendDate":"2026-03-01"}""");
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s","%s"]}"""
                .formatted(ann, bob),
            campaign)
        .andExpect(status().isOk());
    api.perform(
            get("/api/interactions/by-message")
                .param("internetMessageId", "<reply-mark@client.example>"))
        .andExpect(status().isNotFound());
    api.post("/api/interactions", reply("mark", "")).andExpect(status().isCreated());

    api.post("/api/interactions", reply("mark", response(campaign, "responded")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.campaignId").value(campaign.toString()));

    // The sender answered; Bob, only copied, did not.
    api.get("/api/campaigns/{id}/contacts", campaign)
        .andExpect(
            jsonPath(
                "$.items[?(@.contact.id == '%s')].status".formatted(ann), contains("responded")))
        .andExpect(
            jsonPath(
                "$.items[?(@.contact.id == '%s')].recordedVia".formatted(ann), contains("outlook")))
        .andExpect(
            jsonPath(
                "$.items[?(@.contact.id == '%s')].status".formatted(bob), contains("pending")));
    api.get("/api/contacts/{id}/timeline", ann)
        .andExpect(
            jsonPath(
                "$[?(@.kind == 'email')].context",
                contains("Replied to Autumn estate-planning letter")))
        .andExpect(
            jsonPath(
                "$[?(@.kind == 'email')].campaignName", contains("Autumn estate-planning letter")));
    api.perform(
            get("/api/interactions/by-message")
                .param("internetMessageId", "<reply-mark@client.example>"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.campaignId").value(campaign.toString()))
        .andExpect(jsonPath("$.campaignName").value("Autumn estate-planning letter"))
        .andExpect(jsonPath("$.filedVia").value("outlook"))
        .andExpect(jsonPath("$.contacts[*].displayName", containsInAnyOrder("Ann Lee", "Bob Ray")));
  }

  @Test
  void neitherFilingNorAnImportMovesAConvertedMemberDownButAPersonMay() throws Exception {
    var ann = contact("Ann", "Lee", "ann.lee@client.example");
    var campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"Autumn estate-planning letter","channel":"email","status":"sent","sendDate":"2026-03-01"}""");
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s"]}"""
                .formatted(ann),
            campaign)
        .andExpect(status().isOk());
    api.put(
            "/api/campaigns/{id}/contacts/{contactId}",
            """
        {"status":"converted","respondedAt":"2026-03-02T09:00:00Z"}""",
            campaign,
            ann)
        .andExpect(status().isOk());

    api.post("/api/interactions", reply("converted", response(campaign, "not_interested")))
        .andExpect(status().isCreated());
    var imported =
        CurrentTenant.callAs(
            firm,
            () ->
                campaigns.recordResponse(
                    campaign, ann, ResponseStatus.RESPONDED, null, RecordedVia.IMPORT, null));

    assertThat(imported.status()).isEqualTo(ResponseStatus.CONVERTED);
    api.get("/api/campaigns/{id}/contacts", campaign)
        .andExpect(jsonPath("$.items[0].status").value("converted"))
        .andExpect(jsonPath("$.items[0].recordedVia").value("manual"))
        .andExpect(jsonPath("$.items[0].responseDate").value("2026-03-02T09:00:00Z"));

    api.put(
            "/api/campaigns/{id}/contacts/{contactId}",
            """
        {"status":"responded"}""",
            campaign,
            ann)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("responded"));
  }
}
