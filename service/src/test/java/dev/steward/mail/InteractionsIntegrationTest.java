package dev.steward.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InteractionsIntegrationTest extends IntegrationTest {

  @Test
  void filesAnEmailOnceAndRecordsTheCampaignResponseFromOutlook() throws Exception {
    var ada = api.create("/api/contacts", """
        {"type":"individual","firstName":"Ada","lastName":"Lovelace","email":"ada@example.com"}""");
    var charles = api.create("/api/contacts", """
        {"type":"individual","firstName":"Charles","lastName":"Babbage"}""");
    var campaign = api.create("/api/campaigns", """
        {"name":"Spring review","channel":"email","status":"sent","sendDate":"2026-03-01"}""");
    api.post("/api/campaigns/{id}/contacts", """
        {"contactIds":["%s"]}""".formatted(ada), campaign).andExpect(status().isOk());
    String email = """
        {"kind":"email","direction":"inbound","subject":"Re: Spring review","summary":"Happy to meet in April.",
         "occurredAt":"2026-03-04T10:15:00Z","internetMessageId":"<abc123@mail.example.com>",
         "conversationId":"AAQkAD","campaignId":"%s","responseStatus":"responded","contactIds":["%s"]}"""
        .formatted(campaign, ada);

    var first = api.post("/api/interactions", email).andExpect(status().isCreated())
        .andExpect(jsonPath("$.subject").value("Re: Spring review"));
    String id = Api.read(first, "$.id");
    api.post("/api/interactions", email).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
    api.post("/api/interactions", email.replace("\"contactIds\":[\"" + ada + "\"]",
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
    List<String> filed = Api.read(api.get("/api/audit?action=interaction.filed"), "$.items[*].action");
    assertThat(filed).hasSize(1);
  }

  @Test
  void refusesUnknownContactsAndAResponseWithoutItsCampaign() throws Exception {
    var ada = api.create("/api/contacts", """
        {"type":"individual","firstName":"Ada"}""");
    api.post("/api/interactions", """
        {"kind":"note","contactIds":["%s"]}""".formatted(UUID.randomUUID()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("contactIds[0]"));
    api.post("/api/interactions", """
        {"kind":"email","responseStatus":"converted","contactIds":["%s"]}""".formatted(ada))
        .andExpect(jsonPath("$.errors[0].field").value("campaignId"));
    api.post("/api/interactions", """
        {"kind":"fax","contactIds":["%s"]}""".formatted(ada))
        .andExpect(status().isUnprocessableContent());
    signIn(firm, Role.VIEWER).post("/api/interactions", """
        {"kind":"note","contactIds":["%s"]}""".formatted(ada)).andExpect(status().isForbidden());
  }
}
