package dev.steward.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CampaignsIntegrationTest extends IntegrationTest {

  private UUID campaign(String name, String channel) throws Exception {
    return api.create(
        "/api/campaigns",
        """
        {"name":"%s","channel":"%s"}"""
            .formatted(name, channel));
  }

  private UUID person(String first, String last, String... tags) throws Exception {
    String tagList = tags.length == 0 ? "[]" : "[\"" + String.join("\",\"", tags) + "\"]";
    return api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"%s","lastName":"%s","tags":%s}"""
            .formatted(first, last, tagList));
  }

  private UUID company(String type, String name) throws Exception {
    return api.create(
        "/api/contacts",
        """
        {"type":"%s","companyName":"%s"}"""
            .formatted(type, name));
  }

  private void setStatus(UUID id, String status, int version) throws Exception {
    api.put(
            "/api/campaigns/{id}",
            """
        {"name":"Spring letter","channel":"mail","status":"%s","version":%d}"""
                .formatted(status, version),
            id)
        .andExpect(status().isOk());
  }

  @Test
  void createsReadsAndUpdatesACampaign() throws Exception {
    var created =
        api.post(
                "/api/campaigns",
                """
        {"name":"  Spring letter ","description":"Annual review","channel":"mail","sendDate":"2026-03-01"}""")
            .andExpect(status().isCreated())
            .andExpect(header().string("ETag", "\"0\""))
            .andExpect(jsonPath("$.status").value("draft"))
            .andExpect(jsonPath("$.name").value("Spring letter"));
    UUID id = UUID.fromString(Api.read(created, "$.id"));
    assertThat(created.andReturn().getResponse().getHeader("Location"))
        .isEqualTo("/api/campaigns/" + id);

    api.get("/api/campaigns/{id}", id)
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.channel").value("mail"))
        .andExpect(jsonPath("$.sendDate").value("2026-03-01"))
        .andExpect(jsonPath("$.description").value("Annual review"))
        .andExpect(jsonPath("$.members.total").value(0))
        .andExpect(jsonPath("$.members.pending").value(0));

    api.perform(
            put("/api/campaigns/{id}", id)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"name":"Spring letter 2026","channel":"email"}"""))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.name").value("Spring letter 2026"))
        .andExpect(jsonPath("$.sendDate").doesNotExist())
        .andExpect(jsonPath("$.status").value("draft"));
    api.get("/api/campaigns/{id}", id)
        .andExpect(jsonPath("$.channel").value("email"))
        .andExpect(jsonPath("$.version").value(1));
  }

  @Test
  void refusesAStaleUpdateAndOneWithoutAVersion() throws Exception {
    var id = campaign("Spring letter", "mail");
    api.put(
            "/api/campaigns/{id}",
            """
        {"name":"Late edit","channel":"mail"}""",
            id)
        .andExpect(status().isPreconditionRequired());
    api.put(
            "/api/campaigns/{id}",
            """
        {"name":"Renamed","channel":"mail","version":0}""",
            id)
        .andExpect(status().isOk());
    // A second editor still holds version 0.
    api.perform(
            put("/api/campaigns/{id}", id)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"name":"Late edit","channel":"mail"}"""))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(1));
    api.put(
            "/api/campaigns/{id}",
            """
        {"name":"Stale","channel":"mail","version":0}""",
            id)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(1));
    api.get("/api/campaigns/{id}", id).andExpect(jsonPath("$.name").value("Renamed"));
  }

  @Test
  void guardsStatusTransitions() throws Exception {
    var id = campaign("Spring letter", "mail");
    setStatus(id, "sent", 0);
    api.put(
            "/api/campaigns/{id}",
            """
        {"name":"Spring letter","channel":"mail","status":"draft","version":1}""",
            id)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("A sent campaign cannot be set back to draft."));
    setStatus(id, "completed", 1);
    setStatus(id, "sent", 2);
    setStatus(id, "completed", 3);
    api.put(
            "/api/campaigns/{id}",
            """
        {"name":"Spring letter","channel":"mail","status":"draft","version":4}""",
            id)
        .andExpect(status().isConflict());
    api.get("/api/campaigns/{id}", id).andExpect(jsonPath("$.status").value("completed"));

    var closedDraft = campaign("Never sent", "phone");
    api.put(
            "/api/campaigns/{id}",
            """
        {"name":"Never sent","channel":"phone","status":"completed","version":0}""",
            closedDraft)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("completed"));
    api.post(
            "/api/campaigns",
            """
        {"name":"Born sent","channel":"email","status":"sent"}""")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("sent"));
  }

  @Test
  void reportsEachValidationError() throws Exception {
    api.post(
            "/api/campaigns",
            """
        {"channel":"mail"}""")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name")));
    api.post(
            "/api/campaigns",
            """
        {"name":"   ","channel":"mail"}""")
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name")));
    api.post(
            "/api/campaigns",
            """
        {"name":"%s","channel":"mail"}"""
                .formatted("x".repeat(201)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name")));
    api.post(
            "/api/campaigns",
            """
        {"name":"Ok","channel":"mail","description":"%s"}"""
                .formatted("x".repeat(5001)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("description")));
    api.post(
            "/api/campaigns",
            """
        {"name":"Ok"}""")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("channel")));
    api.post(
            "/api/campaigns",
            """
        {"name":"Ok","channel":"mail","sendDate":"next tuesday"}""")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("sendDate"));
    api.post(
            "/api/campaigns",
            """
        {"name":"Ok","channel":"pigeon"}""")
        .andExpect(status().isBadRequest());
    api.post(
            "/api/campaigns",
            """
        {"name":"Ok","channel":"mail","description":"%s"}"""
                .formatted("x".repeat(5000)))
        .andExpect(status().isCreated());
    api.get("/api/campaigns/{id}", UUID.randomUUID()).andExpect(status().isNotFound());
    api.get("/api/campaigns?status=lost").andExpect(status().isBadRequest());
    api.get("/api/campaigns").andExpect(jsonPath("$.totalElements").value(1));
  }

  @Test
  void pagesAndFiltersTheList() throws Exception {
    for (int i = 0; i < 5; i++) {
      campaign("Newsletter " + i, "email");
    }
    var call = campaign("Phone round", "phone");
    var letter = campaign("Spring letter", "mail");
    setStatus(letter, "sent", 0);

    api.get("/api/campaigns?size=3&page=0")
        .andExpect(jsonPath("$.items", hasSize(3)))
        .andExpect(jsonPath("$.items[0].name").value("Spring letter"))
        .andExpect(jsonPath("$.totalElements").value(7))
        .andExpect(jsonPath("$.totalPages").value(3));
    api.get("/api/campaigns?size=3&page=2")
        .andExpect(jsonPath("$.items", hasSize(1)))
        .andExpect(jsonPath("$.totalElements").value(7));
    api.get("/api/campaigns?channel=phone")
        .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(call.toString())));
    api.get("/api/campaigns?status=sent")
        .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(letter.toString())));
    api.get("/api/campaigns?status=draft").andExpect(jsonPath("$.totalElements").value(6));
    api.get("/api/campaigns?q=NEWSLETTER").andExpect(jsonPath("$.totalElements").value(5));
    api.get("/api/campaigns?q=letter&channel=email")
        .andExpect(jsonPath("$.totalElements").value(5));
    api.get("/api/campaigns?q=100%").andExpect(jsonPath("$.totalElements").value(0));
    api.get("/api/campaigns?size=0").andExpect(status().isUnprocessableContent());
  }

  @Test
  void movesToTrashAndRestores() throws Exception {
    var id = campaign("Spring letter", "mail");
    var ada = person("Ada", "Lovelace");
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s"]}"""
                .formatted(ada),
            id)
        .andExpect(status().isOk());

    api.delete("/api/campaigns/{id}", id).andExpect(status().isNoContent());
    api.get("/api/campaigns").andExpect(jsonPath("$.totalElements").value(0));
    api.get("/api/campaigns/trash")
        .andExpect(jsonPath("$.items[0].id").value(id.toString()))
        .andExpect(jsonPath("$.items[0].deletedAt").exists());
    api.get("/api/campaigns/{id}/contacts", id).andExpect(status().isNotFound());
    api.get("/api/campaigns/memberships?contactId={c}", ada).andExpect(jsonPath("$", hasSize(0)));
    api.put(
            "/api/campaigns/{id}",
            """
        {"name":"X","channel":"mail","version":1}""",
            id)
        .andExpect(status().isNotFound());
    api.delete("/api/campaigns/{id}", id).andExpect(status().isNotFound());

    api.post("/api/campaigns/{id}/restore", "", id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deletedAt").doesNotExist())
        .andExpect(jsonPath("$.members.total").value(1));
    api.get("/api/campaigns").andExpect(jsonPath("$.totalElements").value(1));
    api.get("/api/campaigns/trash").andExpect(jsonPath("$.totalElements").value(0));
    api.post("/api/campaigns/{id}/restore", "", id).andExpect(status().isConflict());
  }

  @Test
  void addsMembersByIdIdempotently() throws Exception {
    var id = campaign("Spring letter", "mail");
    var ada = person("Ada", "Lovelace");
    var alan = person("Alan", "Turing");
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s","%s","%s"]}"""
                .formatted(ada, alan, ada),
            id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.added").value(2))
        .andExpect(jsonPath("$.alreadyMembers").value(0));
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s","%s"]}"""
                .formatted(ada, alan),
            id)
        .andExpect(jsonPath("$.added").value(0))
        .andExpect(jsonPath("$.alreadyMembers").value(2));

    api.get("/api/campaigns/{id}/contacts", id)
        .andExpect(jsonPath("$.totalElements").value(2))
        .andExpect(jsonPath("$.items[0].contact.displayName").value("Ada Lovelace"))
        .andExpect(jsonPath("$.items[0].status").value("pending"))
        .andExpect(jsonPath("$.items[0].version").value(0))
        .andExpect(jsonPath("$.items[1].contact.displayName").value("Alan Turing"));
    api.get("/api/campaigns/{id}", id)
        .andExpect(jsonPath("$.members.total").value(2))
        .andExpect(jsonPath("$.members.pending").value(2));
    api.get("/api/campaigns").andExpect(jsonPath("$.items[0].members.total").value(2));
  }

  @Test
  void refusesUnknownAndTrashedContactIds() throws Exception {
    var id = campaign("Spring letter", "mail");
    var ada = person("Ada", "Lovelace");
    var gone = person("Gone", "Away");
    api.delete("/api/contacts/{id}", gone);
    var unknown = UUID.randomUUID();
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s","%s","%s"]}"""
                .formatted(ada, unknown, gone),
            id)
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field", containsInAnyOrder("contactIds[1]", "contactIds[2]")))
        .andExpect(jsonPath("$.errors[0].message").value("no live contact has the id " + unknown));
    api.get("/api/campaigns/{id}/contacts", id).andExpect(jsonPath("$.totalElements").value(0));
    api.post("/api/campaigns/{id}/contacts", "{}", id).andExpect(status().isUnprocessableContent());
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s"],"filter":{"type":"individual"}}"""
                .formatted(ada),
            id)
        .andExpect(status().isUnprocessableContent());
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s"]}"""
                .formatted(ada),
            UUID.randomUUID())
        .andExpect(status().isNotFound());
  }

  @Test
  void addsMembersByFilter() throws Exception {
    var id = campaign("Spring letter", "mail");
    var ada = person("Ada", "Smith", "vip");
    var bob = person("Bob", "Smith");
    var cat = person("Cat", "Jones", "VIP");
    var acme = company("business", "Smith & Co");
    var estate = company("estate", "Estate of Dan Brown");

    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"filter":{"type":"individual","tag":"vip","q":"smith"}}""",
            id)
        .andExpect(jsonPath("$.added").value(1))
        .andExpect(jsonPath("$.alreadyMembers").value(0));
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"filter":{"tag":"vip"}}""",
            id)
        .andExpect(jsonPath("$.added").value(1))
        .andExpect(jsonPath("$.alreadyMembers").value(1));
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"filter":{"q":"smith"}}""",
            id)
        .andExpect(jsonPath("$.added").value(2))
        .andExpect(jsonPath("$.alreadyMembers").value(1));
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"filter":{"type":"estate"}}""",
            id)
        .andExpect(jsonPath("$.added").value(1))
        .andExpect(jsonPath("$.alreadyMembers").value(0));
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"filter":{"type":"estate"}}""",
            id)
        .andExpect(jsonPath("$.added").value(0))
        .andExpect(jsonPath("$.alreadyMembers").value(1));
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"filter":{"q":"nobody at all"}}""",
            id)
        .andExpect(jsonPath("$.added").value(0))
        .andExpect(jsonPath("$.alreadyMembers").value(0));
    api.get("/api/campaigns/{id}/contacts?size=10", id)
        .andExpect(jsonPath("$.totalElements").value(5))
        .andExpect(
            jsonPath(
                "$.items[*].contact.id",
                containsInAnyOrder(
                    ada.toString(),
                    bob.toString(),
                    cat.toString(),
                    acme.toString(),
                    estate.toString())));
  }

  @Test
  void recordsResponsesAndKeepsTheResponseDateConsistent() throws Exception {
    var id = campaign("Spring letter", "mail");
    var ada = person("Ada", "Lovelace");
    api.post(
        "/api/campaigns/{id}/contacts",
        """
        {"contactIds":["%s"]}"""
            .formatted(ada),
        id);
    String path = "/api/campaigns/{id}/contacts/{contactId}";

    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1);
    var responded =
        api.put(
                path,
                """
        {"status":"responded","notes":"Called back","recordedVia":"outlook","version":0}""",
                id,
                ada)
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"1\""))
            .andExpect(jsonPath("$.status").value("responded"))
            .andExpect(jsonPath("$.recordedVia").value("outlook"))
            .andExpect(jsonPath("$.notes").value("Called back"))
            .andExpect(jsonPath("$.contact.id").value(ada.toString()));
    Instant firstResponse = Instant.parse(Api.read(responded, "$.responseDate"));
    assertThat(firstResponse).isAfter(before).isBefore(Instant.now().plusSeconds(1));

    api.put(
            path,
            """
        {"status":"converted","respondedAt":"2020-01-01T00:00:00Z"}""",
            id,
            ada)
        .andExpect(jsonPath("$.status").value("converted"))
        .andExpect(jsonPath("$.recordedVia").value("manual"))
        .andExpect(jsonPath("$.notes").doesNotExist());
    api.get(path.replace("/{contactId}", ""), id)
        .andExpect(jsonPath("$.items[0].responseDate").value(firstResponse.toString()))
        .andExpect(jsonPath("$.items[0].version").value(2));

    api.put(
            path,
            """
        {"status":"pending","version":1}""",
            id,
            ada)
        .andExpect(status().isConflict());
    api.put(
            path,
            """
        {"status":"pending","version":2}""",
            id,
            ada)
        .andExpect(jsonPath("$.responseDate").doesNotExist())
        .andExpect(jsonPath("$.recordedVia").doesNotExist());

    api.put(
            path,
            """
        {"status":"not_interested","respondedAt":"2026-01-05T10:00:00Z","recordedVia":"mailbox"}""",
            id,
            ada)
        .andExpect(jsonPath("$.responseDate").value("2026-01-05T10:00:00Z"))
        .andExpect(jsonPath("$.recordedVia").value("mailbox"));
    api.get("/api/campaigns/{id}/contacts?status=not_interested", id)
        .andExpect(jsonPath("$.totalElements").value(1));
    api.get("/api/campaigns/{id}/contacts?status=pending", id)
        .andExpect(jsonPath("$.totalElements").value(0));
    api.get("/api/campaigns/{id}", id).andExpect(jsonPath("$.members.notInterested").value(1));
    api.get("/api/campaigns/memberships?contactId={c}", ada)
        .andExpect(jsonPath("$[0].campaignId").value(id.toString()))
        .andExpect(jsonPath("$[0].campaignName").value("Spring letter"))
        .andExpect(jsonPath("$[0].channel").value("mail"))
        .andExpect(jsonPath("$[0].status").value("not_interested"));

    api.put(
            path,
            """
        {"status":"responded","respondedAt":"%s"}"""
                .formatted(Instant.now().plusSeconds(3600)),
            id,
            ada)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("respondedAt"));
    api.put(
            path,
            """
        {"status":"responded","respondedAt":"yesterday"}""",
            id,
            ada)
        .andExpect(jsonPath("$.errors[0].field").value("respondedAt"));
    api.put(
            path,
            """
        {"notes":"no status"}""",
            id,
            ada)
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    api.put(
            path,
            """
        {"status":"responded"}""",
            id,
            UUID.randomUUID())
        .andExpect(status().isNotFound());
  }

  @Test
  void removesAMember() throws Exception {
    var id = campaign("Spring letter", "mail");
    var ada = person("Ada", "Lovelace");
    api.post(
        "/api/campaigns/{id}/contacts",
        """
        {"contactIds":["%s"]}"""
            .formatted(ada),
        id);
    api.delete("/api/campaigns/{id}/contacts/{c}", id, ada).andExpect(status().isNoContent());
    api.delete("/api/campaigns/{id}/contacts/{c}", id, ada).andExpect(status().isNotFound());
    api.get("/api/campaigns/{id}", id).andExpect(jsonPath("$.members.total").value(0));
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s"]}"""
                .formatted(ada),
            id)
        .andExpect(jsonPath("$.added").value(1));
  }

  @Test
  void hidesMembersWhoseContactIsInTheTrash() throws Exception {
    var id = campaign("Spring letter", "mail");
    var ada = person("Ada", "Lovelace");
    var alan = person("Alan", "Turing");
    api.post(
        "/api/campaigns/{id}/contacts",
        """
        {"contactIds":["%s","%s"]}"""
            .formatted(ada, alan),
        id);
    api.put(
            "/api/campaigns/{id}/contacts/{c}",
            """
        {"status":"responded"}""",
            id,
            alan)
        .andExpect(status().isOk());
    api.delete("/api/contacts/{id}", alan).andExpect(status().isNoContent());

    api.get("/api/campaigns/{id}/contacts", id)
        .andExpect(jsonPath("$.totalElements").value(1))
        .andExpect(jsonPath("$.items[*].contact.id", containsInAnyOrder(ada.toString())));
    api.get("/api/campaigns/{id}", id)
        .andExpect(jsonPath("$.members.total").value(1))
        .andExpect(jsonPath("$.members.responded").value(0));
    api.put(
            "/api/campaigns/{id}/contacts/{c}",
            """
        {"status":"converted"}""",
            id,
            alan)
        .andExpect(status().isNotFound());

    api.post("/api/contacts/{id}/restore", "", alan).andExpect(status().isOk());
    api.get("/api/campaigns/{id}", id)
        .andExpect(jsonPath("$.members.total").value(2))
        .andExpect(jsonPath("$.members.responded").value(1));
  }

  @Test
  void keepsEachFirmsCampaignsApart() throws Exception {
    var id = campaign("Spring letter", "mail");
    var other = signIn(newFirm(), dev.steward.identity.Role.ADMIN);
    other.get("/api/campaigns/{id}", id).andExpect(status().isNotFound());
    other.get("/api/campaigns").andExpect(jsonPath("$.totalElements").value(0));
    other.delete("/api/campaigns/{id}", id).andExpect(status().isNotFound());
  }
}
