package dev.steward.spreadsheets;

import static dev.steward.spreadsheets.ImportTestSupport.commitAndWait;
import static dev.steward.spreadsheets.ImportTestSupport.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SheetSyncIntegrationTest extends IntegrationTest {

  private static final String HEADER =
      """
      "workbookName":"Clients.xlsx","sheetName":"Clients","header":["Steward ID","First Name","Last Name","Email","City"]""";

  /**
   * Imports the three clients in two chunks, as the Excel pane posts them; returns the sheet link's
   * id.
   */
  private UUID firstSync() throws Exception {
    var first =
        api.post(
                "/api/imports",
                """
        {%s, "rows":[["","Ada","Lovelace","ada@example.com","London"],[],
                     ["","Alan","Turing","alan@example.com","Manchester"]], "complete":false}"""
                    .formatted(HEADER))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("receiving"))
            .andExpect(jsonPath("$.fileKind").value("rows"))
            .andExpect(jsonPath("$.mapping[0].field").value("stewardId"));
    UUID id = UUID.fromString(Api.read(first, "$.id"));
    api.post(
            "/api/imports/{id}/rows",
            """
        {"rows":[["","Grace","Hopper","grace@example.com","Arlington"]]}""",
            id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ready"))
        .andExpect(jsonPath("$.rowsTotal").value(3))
        .andExpect(jsonPath("$.counts.created").value(3))
        .andExpect(jsonPath("$.preview[*].rowNumber", contains(2, 4, 5)));
    commitAndWait(api, id);
    return UUID.fromString(Api.read(api.get("/api/imports/{id}", id), "$.sheetLinkId"));
  }

  private String id(String email) throws Exception {
    return (String) contact(api, email).get("id");
  }

  private UUID sync(String rows) throws Exception {
    return UUID.fromString(
        Api.read(
            api.post(
                    "/api/imports",
                    """
        {%s, "rows":%s}"""
                        .formatted(HEADER, rows))
                .andExpect(status().isCreated()),
            "$.id"));
  }

  @Test
  void remembersWhichContactEachRowIsAndRefreshesTheSheetFromTheCrm() throws Exception {
    UUID link = firstSync();
    api.get("/api/sheet-links")
        .andExpect(jsonPath("$[0].workbookName").value("Clients.xlsx"))
        .andExpect(jsonPath("$[0].rows").value(3));
    api.get("/api/sheet-links/{id}/rows", link)
        .andExpect(jsonPath("$[*].rowNumber", contains(2, 4, 5)))
        .andExpect(jsonPath("$[0].contactId").value(id("ada@example.com")))
        .andExpect(jsonPath("$[0].values.city").value("London"));

    var ada = contact(api, "ada@example.com");
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"Ada","lastName":"Lovelace","email":"ada@example.com","city":"Oxford",
         "version":%s}"""
                .formatted(ada.get("version")),
            ada.get("id"))
        .andExpect(status().isOk());
    api.post("/api/sheet-links/{id}/refresh", "", link)
        .andExpect(jsonPath("$[0].values.city").value("Oxford"));
  }

  @Test
  void undoingTheFirstSyncUnlinksItsRowsSoTheSheetImportsAfreshWithoutStewardIds()
      throws Exception {
    UUID link = firstSync();
    String firstImport = Api.read(api.get("/api/imports"), "$[0].id");
    api.post("/api/imports/{id}/undo", "", firstImport)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.undo.removed").value(3));
    api.get("/api/sheet-links/{id}/rows", link).andExpect(jsonPath("$.length()").value(0));
    api.get("/api/sheet-links/{id}", link).andExpect(jsonPath("$.rows").value(0));

    UUID again =
        sync(
            """
        [["","Ada","Lovelace","ada@example.com","London"],["","Alan","Turing","alan@example.com","Manchester"]]""");
    api.get("/api/imports/{id}", again)
        .andExpect(jsonPath("$.removedFromSheet.length()").value(0))
        .andExpect(jsonPath("$.counts.rejected").value(0))
        .andExpect(jsonPath("$.counts.created").value(2));
    commitAndWait(api, again);
    api.get("/api/sheet-links/{id}/rows", link)
        .andExpect(jsonPath("$[*].rowNumber", contains(2, 3)));
  }

  @Test
  void aSelectionReportsAsRemovedOnlyTheLinkedRowsMissingInsideIt() throws Exception {
    firstSync();
    String ada = id("ada@example.com");
    String alan = id("alan@example.com");
    String grace = id("grace@example.com");
    // Only Alan's row (4) is selected: Ada's and Grace's rows were not read, so they are not
    // removed.
    UUID alanOnly =
        UUID.fromString(
            Api.read(
                api.post(
                        "/api/imports",
                        """
        {%s, "startRow":4, "selection":true, "rows":[["%s","Alan","Turing","alan@example.com","Manchester"]]}"""
                            .formatted(HEADER, alan))
                    .andExpect(status().isCreated()),
                "$.id"));
    api.get("/api/imports/{id}", alanOnly)
        .andExpect(jsonPath("$.removedFromSheet.length()").value(0));
    // Rows 2 to 5 are selected and Alan's row is blank now: within the selection, it is removed.
    UUID withoutAlan =
        UUID.fromString(
            Api.read(
                api.post(
                        "/api/imports",
                        """
        {%s, "startRow":2, "selection":true, "rows":[["%s","Ada","Lovelace","ada@example.com","London"],[],[],
         ["%s","Grace","Hopper","grace@example.com","Arlington"]]}"""
                            .formatted(HEADER, ada, grace))
                    .andExpect(status().isCreated()),
                "$.id"));
    api.get("/api/imports/{id}", withoutAlan)
        .andExpect(jsonPath("$.removedFromSheet.length()").value(1))
        .andExpect(jsonPath("$.removedFromSheet[0].contactId").value(alan));
    // The same rows as a whole sheet: Alan is removed as well (rows past the last one would be
    // too).
    api.get(
            "/api/imports/{id}",
            sync(
                """
        [["%s","Ada","Lovelace","ada@example.com","London"]]"""
                    .formatted(ada)))
        .andExpect(jsonPath("$.removedFromSheet[*].contactId", contains(alan, grace)));
  }

  @Test
  void aSecondSyncUpdatesByStewardIdChangesOnlyEditedCellsAndReportsRemovedRows() throws Exception {
    UUID link = firstSync();
    String ada = id("ada@example.com");
    String alan = id("alan@example.com");
    String grace = id("grace@example.com");
    var alanContact = contact(api, "alan@example.com");
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"Alan","lastName":"Turing","email":"alan@example.com","city":"Leeds",
         "version":%s}"""
                .formatted(alanContact.get("version")),
            alan)
        .andExpect(status().isOk());

    // Ada moved in the sheet (and got a new email there); Alan's row still says Manchester; Grace's
    // row is gone.
    UUID id =
        sync(
            """
        [["%s","Ada","Lovelace","ada@lovelace.example","Cambridge"],["%s","Alan","Turing","alan@example.com","Manchester"]]"""
                .formatted(ada, alan));
    api.get("/api/imports/{id}", id)
        .andExpect(jsonPath("$.counts.created").value(0))
        .andExpect(jsonPath("$.counts.updated").value(1))
        .andExpect(jsonPath("$.counts.unchanged").value(1))
        .andExpect(jsonPath("$.conflicts.length()").value(0))
        .andExpect(jsonPath("$.removedFromSheet[0].contactId").value(grace))
        .andExpect(jsonPath("$.removedFromSheet[0].displayName").value("Grace Hopper"));
    commitAndWait(api, id);

    assertThat(contact(api, "ada@lovelace.example"))
        .containsEntry("id", ada)
        .containsEntry("city", "Cambridge");
    assertThat(contact(api, "alan@example.com"))
        .as("a stale cell never overwrites a newer CRM value")
        .containsEntry("city", "Leeds");
    assertThat(contact(api, "grace@example.com"))
        .as("nothing is deleted unconfirmed")
        .containsEntry("id", grace);

    api.post(
            "/api/sheet-links/{id}/confirm-removals",
            """
        {"contactIds":["%s"]}"""
                .formatted(grace),
            link)
        .andExpect(jsonPath("$.trashed[0]").value(grace));
    api.get("/api/contacts/{id}", grace).andExpect(jsonPath("$.deletedAt").exists());
    api.get("/api/audit?action=sheet_link.rows_removed")
        .andExpect(jsonPath("$.items[0].changes.count").value(1));
  }

  @Test
  void aFieldChangedInBothTheSheetAndTheCrmIsHeldBackUntilTheUserPicks() throws Exception {
    UUID link = firstSync();
    String ada = id("ada@example.com");
    var current = contact(api, "ada@example.com");
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"Ada","lastName":"Lovelace","email":"ada@example.com","city":"Oxford",
         "version":%s}"""
                .formatted(current.get("version")),
            ada)
        .andExpect(status().isOk());

    UUID id =
        sync(
            """
        [["%s","Augusta Ada","Lovelace","ada@example.com","Bath"]]"""
                .formatted(ada));
    api.get("/api/imports/{id}", id)
        .andExpect(jsonPath("$.counts.updated").value(1))
        .andExpect(jsonPath("$.conflicts.length()").value(1))
        .andExpect(jsonPath("$.conflicts[0].contactId").value(ada))
        .andExpect(jsonPath("$.conflicts[0].displayName").value("Ada Lovelace"))
        .andExpect(jsonPath("$.conflicts[0].field").value("city"))
        .andExpect(jsonPath("$.conflicts[0].sheet").value("Bath"))
        .andExpect(jsonPath("$.conflicts[0].crm").value("Oxford"));
    commitAndWait(api, id);
    assertThat(contact(api, "ada@example.com"))
        .contains(Map.entry("firstName", "Augusta Ada"), Map.entry("city", "Oxford"));

    api.post(
            "/api/sheet-links/{id}/resolve",
            """
        {"importId":"%s","contactId":"%s","fields":{"lastName":"sheet"}}"""
                .formatted(id, ada),
            link)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value("is not in conflict for this contact"));
    api.post(
            "/api/sheet-links/{id}/resolve",
            """
        {"importId":"%s","contactId":"%s","fields":{"city":"sheet"}}"""
                .formatted(id, ada),
            link)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].values.city").value("Bath"));
    assertThat(contact(api, "ada@example.com")).containsEntry("city", "Bath");

    // With the conflict settled, the same sheet syncs again without any change.
    UUID again =
        sync(
            """
        [["%s","Augusta Ada","Lovelace","ada@example.com","Bath"]]"""
                .formatted(ada));
    api.get("/api/imports/{id}", again)
        .andExpect(jsonPath("$.counts.unchanged").value(1))
        .andExpect(jsonPath("$.conflicts.length()").value(0));
  }

  @Test
  void refusesAStewardIdThatIsNotAContactOfTheFirm() throws Exception {
    UUID id =
        sync(
            """
        [["%s","Ada","Lovelace","ada@example.com","London"],["not-an-id","Alan","Turing","alan@example.com",""]]"""
                .formatted(UUID.randomUUID()));
    api.get("/api/imports/{id}", id)
        .andExpect(jsonPath("$.counts.rejected").value(2))
        .andExpect(jsonPath("$.preview[0].errors[0].field").value("stewardId"))
        .andExpect(
            jsonPath("$.preview[0].errors[0].message")
                .value("no contact of this firm has this Steward ID (was it deleted?)"))
        .andExpect(
            jsonPath("$.preview[1].errors[0].message")
                .value("is not a Steward ID; leave the column as the Excel pane wrote it"));
    List<String> none = Api.read(api.get("/api/contacts"), "$.items[*].id");
    assertThat(none).isEmpty();
  }
}
