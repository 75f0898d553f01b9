package dev.steward.contacts;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelationshipsIntegrationTest extends IntegrationTest {

  private UUID estate;
  private UUID executor;

  private void estateWithExecutor() throws Exception {
    estate =
        api.create(
            "/api/contacts",
            """
        {"type":"estate","companyName":"Estate of Margaret Hale"}""");
    executor =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"John","lastName":"Thornton"}""");
  }

  @Test
  void showsAnEdgeFromBothSidesWithTheReciprocalLabel() throws Exception {
    estateWithExecutor();
    var edge =
        api.create(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"executor","notes":"Named in the 2019 will"}"""
                .formatted(estate),
            executor);

    api.get("/api/contacts/{id}/relationships", executor)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].id").value(edge.toString()))
        .andExpect(jsonPath("$[0].type").value("executor"))
        .andExpect(jsonPath("$[0].direction").value("outgoing"))
        .andExpect(jsonPath("$[0].label").value("Executor of"))
        .andExpect(jsonPath("$[0].otherContact.displayName").value("Estate of Margaret Hale"))
        .andExpect(jsonPath("$[0].notes").value("Named in the 2019 will"));
    api.get("/api/contacts/{id}/relationships", estate)
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].direction").value("incoming"))
        .andExpect(jsonPath("$[0].label").value("Has executor"))
        .andExpect(jsonPath("$[0].otherContact.displayName").value("John Thornton"));
  }

  @Test
  void refusesAnEdgeToItselfAndDuplicates() throws Exception {
    estateWithExecutor();
    api.post(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"owns"}"""
                .formatted(executor),
            executor)
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("a contact cannot have a relationship with itself"));
    var spouse =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Margaret","lastName":"Thornton"}""");
    api.create(
        "/api/contacts/{id}/relationships",
        """
        {"toContactId":"%s","type":"spouse"}"""
            .formatted(spouse),
        executor);
    api.post(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"spouse"}"""
                .formatted(executor),
            spouse)
        .andExpect(status().isConflict());
    api.post(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"cousin"}"""
                .formatted(spouse),
            executor)
        .andExpect(status().isBadRequest());
    api.post(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"owns"}"""
                .formatted(UUID.randomUUID()),
            executor)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("toContactId"));
  }

  @Test
  void deletesFromEitherEndAndHidesEdgesToTrashedContacts() throws Exception {
    estateWithExecutor();
    var edge =
        api.create(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"beneficiary"}"""
                .formatted(estate),
            executor);
    api.delete("/api/contacts/{id}", estate);
    api.get("/api/contacts/{id}/relationships", executor).andExpect(jsonPath("$", hasSize(0)));
    api.post("/api/contacts/{id}/restore", "", estate);
    api.get("/api/contacts/{id}/relationships", executor).andExpect(jsonPath("$", hasSize(1)));

    api.delete("/api/contacts/{id}/relationships/{rel}", estate, edge)
        .andExpect(status().isNoContent());
    api.get("/api/contacts/{id}/relationships", executor).andExpect(jsonPath("$", hasSize(0)));
    api.delete("/api/contacts/{id}/relationships/{rel}", estate, edge)
        .andExpect(status().isNotFound());
  }

  @Test
  void anotherFirmSeesNoneOfIt() throws Exception {
    estateWithExecutor();
    api.create(
        "/api/contacts/{id}/relationships",
        """
        {"toContactId":"%s","type":"executor"}"""
            .formatted(estate),
        executor);
    var otherFirm = signIn(newFirm(), dev.steward.identity.Role.ADMIN);
    otherFirm.get("/api/contacts/{id}", estate).andExpect(status().isNotFound());
    otherFirm.get("/api/contacts/{id}/relationships", executor).andExpect(status().isNotFound());
    otherFirm
        .post(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"owns"}"""
                .formatted(estate),
            executor)
        .andExpect(status().isNotFound());
  }
}
