package dev.steward.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.tenancy.ExpiredTrash;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ContactsIntegrationTest extends IntegrationTest {

  @Autowired ExpiredTrash expiredTrash;

  private UUID individual(String first, String last, String email) throws Exception {
    return api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"%s","lastName":"%s","email":"%s"}"""
            .formatted(first, last, email));
  }

  @Test
  void createsReadsAndNormalisesAContact() throws Exception {
    var id =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":" Ada ","lastName":"Lovelace","email":"Ada@Example.COM",
         "phone":"(202) 555-0143","city":"London","tags":["VIP","estate planning","vip"],"notes":"  "}""");

    api.get("/api/contacts/{id}", id)
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.displayName").value("Ada Lovelace"))
        .andExpect(jsonPath("$.firstName").value("Ada"))
        .andExpect(jsonPath("$.email").value("ada@example.com"))
        .andExpect(jsonPath("$.phone").value("+12025550143"))
        .andExpect(jsonPath("$.phoneDisplay").value("(202) 555-0143"))
        .andExpect(jsonPath("$.tags", containsInAnyOrder("estate planning", "VIP")))
        .andExpect(jsonPath("$.notes").doesNotExist())
        .andExpect(jsonPath("$.version").value(0));
  }

  @Test
  void showsPhonesInTheFirmsNationalFormatAndOthersInTheInternationalOne() throws Exception {
    var home =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Cordell","lastName":"Phoneton","phone":"+13035550135"}""");
    var abroad =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ada","lastName":"Phoneton","phone":"+44 20 7946 0958"}""");
    api.get("/api/contacts/{id}", home)
        .andExpect(jsonPath("$.phoneDisplay").value("(303) 555-0135"));
    api.get("/api/contacts/{id}", abroad)
        .andExpect(jsonPath("$.phoneDisplay").value("+44 20 7946 0958"))
        .andExpect(jsonPath("$.phone").value("+442079460958"));
    api.get("/api/contacts?q=Phoneton&sort=name,asc")
        .andExpect(jsonPath("$.items[0].phoneDisplay").value("+44 20 7946 0958"))
        .andExpect(jsonPath("$.items[1].phoneDisplay").value("(303) 555-0135"));
  }

  @Test
  void showsPhonesInTheFirmsOwnPhoneRegionRatherThanTheInstallations() throws Exception {
    var current = api.get("/api/tenant").andReturn().getResponse();
    Map<String, Object> settings = JsonPath.read(current.getContentAsString(), "$");
    api.perform(
            put("/api/tenant")
                .header(HttpHeaders.IF_MATCH, current.getHeader(HttpHeaders.ETAG))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"name":"%s","subdomain":"%s","mfaRequired":false,"phoneRegion":"GB"}"""
                        .formatted(settings.get("name"), settings.get("subdomain"))))
        .andExpect(status().isOk());
    var leeds =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Lena","lastName":"Regionton","phone":"0113 496 0000"}""");
    var denver =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Dan","lastName":"Regionton","phone":"+13035550135"}""");
    api.get("/api/contacts/{id}", leeds)
        .andExpect(jsonPath("$.phone").value("+441134960000"))
        .andExpect(jsonPath("$.phoneDisplay").value("0113 496 0000"));
    api.get("/api/contacts/{id}", denver)
        .andExpect(jsonPath("$.phoneDisplay").value("+1 303-555-0135"));
    api.get("/api/contacts?q=Regionton&sort=name,asc")
        .andExpect(jsonPath("$.items[0].phoneDisplay").value("+1 303-555-0135"))
        .andExpect(jsonPath("$.items[1].phoneDisplay").value("0113 496 0000"));
  }

  @Test
  void pagesAndSortsTheList() throws Exception {
    for (int i = 0; i < 7; i++) {
      individual("Person" + i, "Zed" + (7 - i), "p" + i + "@example.com");
    }
    api.get("/api/contacts?size=3&page=0&sort=name,asc")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items", hasSize(3)))
        .andExpect(jsonPath("$.items[0].displayName").value("Person0 Zed7"))
        .andExpect(jsonPath("$.totalElements").value(7))
        .andExpect(jsonPath("$.totalPages").value(3))
        .andExpect(jsonPath("$.totalCapped").value(false));
    api.get("/api/contacts?size=3&page=2&sort=name,desc")
        .andExpect(jsonPath("$.items", hasSize(1)))
        .andExpect(jsonPath("$.items[0].displayName").value("Person0 Zed7"));
    api.get("/api/contacts?sort=shoeSize")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("sort"));
    api.get("/api/contacts?size=500").andExpect(status().isUnprocessableContent());
  }

  @Test
  void searchesEachFieldCaseInsensitively() throws Exception {
    var ada =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ada","lastName":"Lovelace","email":"ada@analytical.org",
         "phone":"+44 20 7946 0958"}""");
    var firm =
        api.create(
            "/api/contacts",
            """
        {"type":"business","companyName":"Babbage & Sons Ltd","email":"office@babbage.co.uk"}""");
    var estate =
        api.create(
            "/api/contacts",
            """
        {"type":"estate","companyName":"Estate of Charles Babbage","tags":["probate"]}""");

    assertSearch("lovelace", ada);
    assertSearch("ADA", ada);
    assertSearch("babbage", firm, estate);
    assertSearch("analytical.ORG", ada);
    assertSearch("7946 0958", ada);
    assertSearch("020 7946", ada);
    assertSearch("+44207", ada);
    assertSearch("100%", new UUID[0]);
    api.get("/api/contacts?q=babbage&type=estate")
        .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(estate.toString())));
    api.get("/api/contacts?tag=PROBATE")
        .andExpect(jsonPath("$.items[*].id", containsInAnyOrder(estate.toString())));
    api.get("/api/contacts/tags")
        .andExpect(jsonPath("$[0].name").value("probate"))
        .andExpect(jsonPath("$[0].contacts").value(1));
  }

  private void assertSearch(String q, UUID... expected) throws Exception {
    var ids = List.of(expected).stream().map(UUID::toString).toList();
    List<String> found =
        Api.read(
            api.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/contacts")
                    .param("q", q)),
            "$.items[*].id");
    assertThat(found).as("search for '%s'", q).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void looksUpManyEmailsAtOnce() throws Exception {
    var ada = individual("Ada", "Lovelace", "ada@example.com");
    var alan = individual("Alan", "Turing", "alan@example.com");
    List<String> found =
        Api.read(
            api.get(
                    "/api/contacts/lookup?email=ADA@example.com&email=alan@example.com&email=nobody@example.com")
                .andExpect(status().isOk()),
            "$[*].id");
    assertThat(found).containsExactlyInAnyOrder(ada.toString(), alan.toString());
    api.get("/api/contacts/lookup").andExpect(status().isUnprocessableContent());
  }

  @Test
  void reportsEveryValidationError() throws Exception {
    api.post(
            "/api/contacts",
            """
        {"type":"individual","email":"not-an-email","phone":"12","firstName":"%s"}"""
                .formatted("x".repeat(101)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.type").value("https://steward.dev/problems/validation"))
        .andExpect(jsonPath("$.errors[0].field").value("firstName"));
    api.post(
            "/api/contacts",
            """
        {"type":"individual","email":"not-an-email","phone":"12"}""")
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[*].field", containsInAnyOrder("firstName", "email", "phone")));
    api.post(
            "/api/contacts",
            """
        {"type":"business","firstName":"Ann"}""")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("companyName")));
    api.post(
            "/api/contacts",
            """
        {"type":"estate"}""")
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("an estate needs its name, such as 'Estate of Jane Doe'"));
    api.post(
            "/api/contacts",
            """
        {"firstName":"Ann"}""")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("type"));
    api.post(
            "/api/contacts",
            """
        {"type":"alien","firstName":"Ann"}""")
        .andExpect(status().isBadRequest());
    api.post("/api/contacts", "{not json").andExpect(status().isBadRequest());
    api.post(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ann","customFields":{"shoe_size":44}}""")
        .andExpect(jsonPath("$.errors[0].field").value("customFields.shoe_size"));
    api.get("/api/contacts/not-a-uuid").andExpect(status().isBadRequest());
    api.get("/api/contacts/{id}", UUID.randomUUID())
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.title").value("Not found"));
  }

  @Test
  void validatesCustomFieldsAgainstTheirDefinitions() throws Exception {
    api.post(
            "/api/custom-fields",
            """
        {"key":"date_of_death","label":"Date of death","type":"date"}""")
        .andExpect(status().isCreated());
    api.post(
            "/api/custom-fields",
            """
        {"key":"date_of_death","label":"Again","type":"date"}""")
        .andExpect(status().isConflict());
    api.post(
            "/api/custom-fields",
            """
        {"key":"Bad Key","label":"x","type":"text"}""")
        .andExpect(status().isUnprocessableContent());
    api.post(
            "/api/contacts",
            """
        {"type":"estate","companyName":"Estate of A","customFields":{"date_of_death":"yesterday"}}""")
        .andExpect(jsonPath("$.errors[0].message").value("must be a date"));
    var id =
        api.create(
            "/api/contacts",
            """
        {"type":"estate","companyName":"Estate of A","customFields":{"date_of_death":"2026-03-01"}}""");
    api.get("/api/contacts/{id}", id)
        .andExpect(jsonPath("$.customFields.date_of_death").value("2026-03-01"));
  }

  @Test
  void aWholeNumberCustomFieldKeepsTheVersionWhenNothingChanges() throws Exception {
    api.post(
            "/api/custom-fields",
            """
        {"key":"portfolio_value","label":"Portfolio value","type":"number"}""")
        .andExpect(status().isCreated());
    var id =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Wilma","lastName":"Wholenumber",
         "customFields":{"portfolio_value":1875000}}""");
    api.get("/api/contacts/{id}", id)
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.customFields.portfolio_value").value(1875000));
    api.perform(
            put("/api/contacts/{id}", id)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
        {"type":"individual","firstName":"Wilma","lastName":"Wholenumber",
         "customFields":{"portfolio_value":"1875000.00"}}"""))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""));
    api.get("/api/contacts/{id}", id).andExpect(jsonPath("$.version").value(0));
  }

  @Test
  void refusesADuplicateEmail() throws Exception {
    individual("Ada", "Lovelace", "ada@example.com");
    api.post(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Other","email":"ADA@example.com"}""")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("email"));
  }

  @Test
  void refusesAStaleUpdateAndNeverOverwrites() throws Exception {
    var id = individual("Ada", "Lovelace", "ada@example.com");
    String edit =
        """
        {"type":"individual","firstName":"Ada","lastName":"%s","email":"ada@example.com"}""";
    api.perform(
            put("/api/contacts/{id}", id)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit.formatted("King")))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""));
    // A second editor still holds version 0.
    api.perform(
            put("/api/contacts/{id}", id)
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit.formatted("Byron")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(1));
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"Ada","lastName":"Byron","version":0}""",
            id)
        .andExpect(status().isConflict());
    api.put("/api/contacts/{id}", edit.formatted("Byron"), id)
        .andExpect(status().isPreconditionRequired());
    api.get("/api/contacts/{id}", id)
        .andExpect(jsonPath("$.lastName").value("King"))
        .andExpect(jsonPath("$.version").value(1));
  }

  @Test
  void movesToTrashRestoresAndPurgesAfterRetention() throws Exception {
    var id = individual("Ada", "Lovelace", "ada@example.com");
    api.delete("/api/contacts/{id}", id).andExpect(status().isNoContent());
    api.get("/api/contacts").andExpect(jsonPath("$.totalElements").value(0));
    api.get("/api/contacts/lookup?email=ada@example.com").andExpect(jsonPath("$", hasSize(0)));
    api.get("/api/contacts/trash").andExpect(jsonPath("$.items[0].id").value(id.toString()));
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"X","version":1}""",
            id)
        .andExpect(status().isNotFound());

    api.post("/api/contacts/{id}/restore", "", id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.deletedAt").doesNotExist());
    api.get("/api/contacts").andExpect(jsonPath("$.totalElements").value(1));
    api.post("/api/contacts/{id}/restore", "", id).andExpect(status().isConflict());

    api.delete("/api/contacts/{id}", id);
    individual("Ada", "Again", "ada@example.com");
    api.post("/api/contacts/{id}/restore", "", id).andExpect(status().isConflict());

    assertThat(
            dev.steward.tenancy.CurrentTenant.callAs(
                firm, () -> expiredTrash.purgeCurrentFirm(ContactJobs.CONTACT_TRASH)))
        .as("nothing is older than 30 days yet")
        .isZero();
  }
}
