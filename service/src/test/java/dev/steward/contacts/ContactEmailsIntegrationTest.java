package dev.steward.contacts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A contact's emails and phones besides the primary ones: kept, found by lookup and search, and one
 * contact's each.
 */
class ContactEmailsIntegrationTest extends IntegrationTest {

  private UUID ada() throws Exception {
    return api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"Ada","lastName":"Lovelace","email":"ada@work.example",
         "otherEmails":[{"address":" Ada.King@Home.Example ","label":"Home"},{"address":"ada@mobile.example"}],
         "otherPhones":[{"number":"(202) 555-0199","label":"mobile"}]}""");
  }

  @Test
  void keepsTheOtherEmailsAndPhonesNormalisedWithTheirLabels() throws Exception {
    var id = ada();
    api.get("/api/contacts/{id}", id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.email").value("ada@work.example"))
        .andExpect(jsonPath("$.otherEmails[0].address").value("ada.king@home.example"))
        .andExpect(jsonPath("$.otherEmails[0].label").value("home"))
        .andExpect(jsonPath("$.otherEmails[1].address").value("ada@mobile.example"))
        .andExpect(jsonPath("$.otherEmails[1].label").value("other"))
        .andExpect(jsonPath("$.otherPhones[0].number").value("+12025550199"))
        .andExpect(jsonPath("$.otherPhones[0].label").value("mobile"));
  }

  @Test
  void lookupAndSearchFindAContactByAnyOfItsEmails() throws Exception {
    var id = ada();
    api.get("/api/contacts/lookup?email=ADA.KING@home.example&email=nobody@example.com")
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].id").value(id.toString()))
        .andExpect(jsonPath("$[0].email").value("ada@work.example"))
        .andExpect(
            jsonPath("$[0].otherEmails", contains("ada.king@home.example", "ada@mobile.example")));
    api.get("/api/contacts/lookup?email=ada@work.example&email=ada@mobile.example")
        .andExpect(jsonPath("$", hasSize(1)));
    api.get("/api/contacts?q=home.example")
        .andExpect(jsonPath("$.items[0].id").value(id.toString()));
    api.get("/api/contacts?q=king").andExpect(jsonPath("$.items[0].id").value(id.toString()));
    api.get("/api/contacts?q=555 0199").andExpect(jsonPath("$.items[0].id").value(id.toString()));
  }

  @Test
  void anAddressIsOneContactsWhetherPrimaryOrNot() throws Exception {
    ada();
    api.post(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Alan","email":"ada.king@home.example"}""")
        .andExpect(status().isConflict());
    api.post(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Alan","email":"alan@example.com",
         "otherEmails":[{"address":"ADA@work.example"}]}""")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("otherEmails"));
    api.post(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Alan","email":"alan@example.com",
         "otherEmails":[{"address":"Alan@Example.com"},{"address":"not an address"},{"address":"a@b.example","label":"pager"}]}""")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(
            jsonPath("$.errors[?(@.field == 'otherEmails[0].address')].message")
                .value("is already one of this contact's emails"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'otherEmails[1].address')].message")
                .value("is not a valid email address"))
        .andExpect(jsonPath("$.errors[?(@.field == 'otherEmails[2].label')]", hasSize(1)));
  }

  @Test
  void anEditThatLeavesThemOutKeepsThemAndAnEmptyListClearsThem() throws Exception {
    var id = ada();
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"Ada","lastName":"King","email":"ada@work.example","version":0}""",
            id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.otherEmails", hasSize(2)))
        .andExpect(jsonPath("$.otherPhones", hasSize(1)));
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"Ada","lastName":"King","email":"ada@work.example",
         "otherEmails":[],"version":1}""",
            id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.otherEmails", hasSize(0)))
        .andExpect(jsonPath("$.otherPhones", hasSize(1)));
    api.get("/api/contacts/lookup?email=ada.king@home.example")
        .andExpect(jsonPath("$", hasSize(0)));
    api.post(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Alan","email":"ada.king@home.example"}""")
        .andExpect(status().isCreated());
  }
}
