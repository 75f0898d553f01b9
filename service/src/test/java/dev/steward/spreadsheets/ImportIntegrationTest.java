package dev.steward.spreadsheets;

import static dev.steward.spreadsheets.ImportTestSupport.commitAndWait;
import static dev.steward.spreadsheets.ImportTestSupport.contact;
import static dev.steward.spreadsheets.ImportTestSupport.liveContacts;
import static dev.steward.spreadsheets.ImportTestSupport.upload;
import static dev.steward.spreadsheets.ImportTestSupport.uploaded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportIntegrationTest extends IntegrationTest {

  @Autowired ImportCommitter committer;

  @AfterEach
  void stopInjectingFailures() {
    committer.afterStep = rows -> {};
  }

  @Test
  void importsAnOutlookExportWithItsFullHeader() throws Exception {
    var result =
        upload(mvc, api, "contacts.CSV", SpreadsheetFixtures.resource("outlook-contacts.csv"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("ready"))
            .andExpect(jsonPath("$.fileKind").value("csv"))
            .andExpect(jsonPath("$.rowsTotal").value(4))
            .andExpect(jsonPath("$.header.length()").value(92))
            .andExpect(jsonPath("$.sampleRows.length()").value(4))
            .andExpect(jsonPath("$.sampleRows[0][1]").value("Amélie"))
            .andExpect(jsonPath("$.sampleRows[3][57]").value("bob@@example"))
            .andExpect(jsonPath("$.mapping[1].field").value("firstName"))
            .andExpect(jsonPath("$.mapping[0].field").value("namePrefix"))
            .andExpect(jsonPath("$.mapping[5].field").value("companyName"))
            .andExpect(jsonPath("$.mapping[6].field").value("ignore"))
            .andExpect(jsonPath("$.mapping[6].recognised").value(false))
            .andExpect(jsonPath("$.mapping[14].field").value("country"))
            .andExpect(jsonPath("$.mapping[31].field").value("phone"))
            .andExpect(jsonPath("$.mapping[54].field").value("tags"))
            .andExpect(jsonPath("$.mapping[57].field").value("email"))
            .andExpect(jsonPath("$.mapping[60].field").value("email"))
            .andExpect(jsonPath("$.counts.created").value(3))
            .andExpect(jsonPath("$.counts.rejected").value(1))
            .andExpect(jsonPath("$.preview[3].rowNumber").value(5))
            .andExpect(jsonPath("$.preview[3].action").value("reject"))
            .andExpect(jsonPath("$.preview[3].errors[0].field").value("email"))
            .andExpect(
                jsonPath("$.preview[3].errors[0].message").value("is not a valid email address"))
            .andExpect(jsonPath("$.preview[3].errors.length()").value(1))
            .andExpect(jsonPath("$.preview[3].warnings[0].field").value("phone"))
            .andExpect(
                jsonPath("$.preview[3].warnings[0].message")
                    .value(
                        "not a valid phone number (read as a number" + " of US); kept as written"))
            .andExpect(jsonPath("$.reading.encoding").value("UTF-8"))
            .andExpect(jsonPath("$.reading.encodingClean").value(true))
            .andExpect(jsonPath("$.reading.headerRowDetected").value(true))
            .andExpect(jsonPath("$.headerRow").value(1));
    UUID id = UUID.fromString(Api.read(result, "$.id"));
    assertThat(liveContacts(api)).as("a preview writes nothing").isZero();

    String done = commitAndWait(api, id);
    assertThat((String) JsonPath.read(done, "$.status")).isEqualTo("committed");
    assertThat((Integer) JsonPath.read(done, "$.rowsDone")).isEqualTo(4);

    assertThat(contact(api, "amelie.dubois@example.fr"))
        .contains(
            entry("type", "individual"),
            entry("firstName", "Amélie Rose"),
            entry("lastName", "Dubois"),
            entry("companyName", "Dubois & Fils"),
            entry("jobTitle", "Partner"),
            entry("email", "amelie.dubois@example.fr"),
            entry("phone", "+33142685300"),
            entry("addressLine1", "12 Rue de la Paix"),
            entry("addressLine2", "Floor 3"),
            entry("city", "Paris"),
            entry("postalCode", "75002"),
            entry("country", "France"),
            entry("notes", "Met at the 2023 conference"),
            entry(
                "otherEmails", List.of(Map.of("address", "amelie@home.example", "label", "other"))),
            entry("otherPhones", List.of(Map.of("number", "+33612345678", "label", "mobile"))),
            entry("tags", List.of("Clients", "VIP")));
    assertThat(contact(api, "info@northwind.example"))
        .contains(
            entry("type", "business"),
            entry("companyName", "Northwind Traders"),
            entry("phone", "+14255550100"),
            entry("addressLine1", "1 Microsoft Way"),
            entry("city", "Redmond"),
            entry("region", "WA"),
            entry("postalCode", "98052"),
            entry("country", "United States"));
    assertThat(contact(api, "Estate of Harold Finch"))
        .contains(
            entry("type", "estate"),
            entry("companyName", "Estate of Harold Finch"),
            entry("phone", "+12175550142"),
            entry("addressLine1", "221 Baker St"),
            entry("city", "Springfield"),
            entry("region", "IL"),
            entry("notes", "Executor: John Reese"));
    assertThat(liveContacts(api)).isEqualTo(3);
    api.get("/api/audit?action=import.committed&entityId={id}", id)
        .andExpect(jsonPath("$.items[0].changes.created").value(3))
        .andExpect(jsonPath("$.items[0].changes.rejected").value(1));
  }

  @Test
  void importsAGoogleExportAndRejectsTheRowThatRepeatsAnEarlierOne() throws Exception {
    UUID id = uploaded(mvc, api, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
    api.get("/api/imports/{id}", id)
        .andExpect(jsonPath("$.counts.created").value(2))
        .andExpect(jsonPath("$.counts.rejected").value(1))
        .andExpect(jsonPath("$.duplicates.inFile").value(1))
        .andExpect(jsonPath("$.preview[2].rowNumber").value(4))
        .andExpect(jsonPath("$.preview[2].duplicateOf").value(3))
        .andExpect(jsonPath("$.preview[2].errors[0].message").value("repeats row 3 of this file"));
    commitAndWait(api, id);

    assertThat(contact(api, "soren@letters.example"))
        .contains(
            entry("firstName", "Søren"),
            entry("lastName", "Kierkegaard"),
            entry("companyName", "Copenhagen Letters ApS"),
            entry("jobTitle", "Author"),
            entry("phone", "+4532123456"),
            entry("addressLine1", "Nytorv 2"),
            entry("city", "Copenhagen"),
            entry("postalCode", "1450"),
            entry("country", "Denmark"),
            entry("notes", "Prefers letters,\nnot calls"),
            // Google writes each value's kind beside it ("Home", "Work"): the labels come from
            // there.
            entry("otherEmails", List.of(Map.of("address", "sk@home.example", "label", "home"))),
            entry("otherPhones", List.of(Map.of("number", "+4533120000", "label", "work"))),
            entry("tags", List.of("Philosophers")));
    assertThat(contact(api, "grace@navy.example"))
        .contains(
            entry("firstName", "Grace"),
            entry("lastName", "Hopper"),
            entry("phone", "+12025550199"));

    byte[] rejected =
        api.get("/api/imports/{id}/rejected.xlsx", id)
            .andExpect(status().isOk())
            .andExpect(
                content()
                    .contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(rejected))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Row");
      assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("First Name");
      assertThat(sheet.getRow(0).getCell(37).getStringCellValue()).isEqualTo("Reason");
      assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(4);
      assertThat(sheet.getRow(1).getCell(19).getStringCellValue()).isEqualTo("GRACE@navy.example");
      assertThat(sheet.getRow(1).getCell(37).getStringCellValue())
          .isEqualTo("row: repeats row 3 of this file");
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
    }
    api.get("/api/imports/{id}/rejected?size=10", id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalElements").value(1))
        .andExpect(jsonPath("$.items[0].rowNumber").value(4))
        .andExpect(jsonPath("$.items[0].reason").value("row: repeats row 3 of this file"))
        .andExpect(jsonPath("$.items[0].cells[18]").value("GRACE@navy.example"));
    api.get("/api/imports/{id}/rejected?size=0", id).andExpect(status().isUnprocessableEntity());
  }

  @Test
  void importsAWindows1252SemicolonCsv() throws Exception {
    UUID id =
        uploaded(
            mvc, api, "kunden.csv", SpreadsheetFixtures.resource("windows-1252-semicolon.csv"));
    api.get("/api/imports/{id}", id)
        .andExpect(jsonPath("$.header[5]").value("Straße"))
        .andExpect(jsonPath("$.mapping[5].field").value("addressLine1"))
        .andExpect(jsonPath("$.preview[*].rowNumber").value(org.hamcrest.Matchers.contains(2, 4)));
    commitAndWait(api, id);

    assertThat(contact(api, "juergen.mueller@example.de"))
        .contains(
            entry("firstName", "Jürgen"),
            entry("lastName", "Müller"),
            entry("companyName", "Müller & Söhne GmbH"),
            entry("phone", "+49301234567"),
            entry("addressLine1", "Hauptstraße 5"),
            entry("postalCode", "10115"),
            entry("city", "Berlin"),
            entry("country", "Deutschland"));
    assertThat(contact(api, "zoe.weiss@example.de"))
        .contains(entry("firstName", "Zoë"), entry("lastName", "Weiß"), entry("city", "München"));
  }

  @Test
  void recognisesHubSpotAndSalesforceExports() throws Exception {
    commitAndWait(
        api,
        uploaded(mvc, api, "hubspot.csv", SpreadsheetFixtures.resource("hubspot-contacts.csv")));
    assertThat(contact(api, "maya@poems.example"))
        .contains(
            entry("firstName", "Maya"),
            entry("lastName", "Angelou"),
            entry("companyName", "Caged Bird Press"),
            entry("jobTitle", "Poet"),
            entry("phone", "+14155550101"),
            entry("addressLine1", "1 Market St"),
            entry("city", "San Francisco"),
            entry("region", "CA"),
            entry("postalCode", "94105"),
            entry("country", "United States"),
            entry("otherPhones", List.of(Map.of("number", "+14155550102", "label", "mobile"))));

    commitAndWait(
        api,
        uploaded(
            mvc, api, "salesforce.csv", SpreadsheetFixtures.resource("salesforce-contacts.csv")));
    assertThat(contact(api, "alan@bletchley.example"))
        .contains(
            entry("firstName", "Alan"),
            entry("lastName", "Turing"),
            entry("jobTitle", "Head of Research"),
            entry("companyName", "Bletchley Analytics"),
            entry("addressLine1", "Sherwood Drive"),
            entry("city", "Milton Keynes"),
            entry("region", "Buckinghamshire"),
            entry("postalCode", "MK3 6EB"),
            entry("country", "United Kingdom"),
            entry("phone", "+441908640404"),
            entry("notes", "Codebreaker"),
            entry("otherPhones", List.of(Map.of("number", "+447911123456", "label", "mobile"))));
  }

  @Test
  void importsAWorkbookWithFormulasDatesAndMergedHeadersIntoACustomField() throws Exception {
    api.post(
            "/api/custom-fields",
            """
        {"key":"birthday","label":"Birthday","type":"date"}""")
        .andExpect(status().isCreated());
    UUID id = uploaded(mvc, api, "clients.xlsx", SpreadsheetFixtures.formulasDatesMerged());
    api.get("/api/imports/{id}", id)
        .andExpect(jsonPath("$.fileKind").value("xlsx"))
        .andExpect(jsonPath("$.sheetName").value("Clients"))
        .andExpect(jsonPath("$.header[3]").value("Column D"))
        .andExpect(jsonPath("$.mapping[0].field").value("fullName"))
        .andExpect(jsonPath("$.mapping[5].field").value("ignore"));

    api.put(
            "/api/imports/{id}/mapping",
            """
        [{"column":5,"field":"customField","customField":"shoe_size"}]""",
            id)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("mapping[0].customField"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "is not a custom field of this firm; an admin adds it under custom fields first"));
    api.put(
            "/api/imports/{id}/mapping",
            """
        [{"column":5,"field":"customField","customField":"birthday"}]""",
            id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.mapping[5].customField").value("birthday"))
        .andExpect(jsonPath("$.mapping[0].field").value("fullName"))
        .andExpect(jsonPath("$.preview[0].values['customFields.birthday']").value("1952-03-11"))
        .andExpect(jsonPath("$.preview[*].rowNumber").value(org.hamcrest.Matchers.contains(2, 4)));
    commitAndWait(api, id);

    assertThat(contact(api, "ada@analytical.org"))
        .contains(
            entry("firstName", "Ada"),
            entry("lastName", "Lovelace"),
            entry("phone", "+14155550123"),
            entry("customFields", Map.of("birthday", "1952-03-11")));
    assertThat(contact(api, "estate@probate.example"))
        .contains(
            entry("type", "estate"),
            entry("companyName", "Estate of Charles Babbage"),
            entry("phone", "+442079460958"));
  }

  // Rows reach PostgreSQL through COPY's text format, where backslash, tab and line breaks are
  // escapes; a NUL (which a
  // CSV cannot carry, but posted rows can), PostgreSQL text cannot hold, so it is dropped.
  @Test
  void keepsBackslashesTabsAndLineBreaksOfCellsExactlyInFilesAndPostedRows() throws Exception {
    String notes = "Files in C:\\Clients\\new\tcolumn\r\nsecond line\\\\N and \"quotes\"";
    String csv =
        "First Name,Last Name,E-mail Address,Notes\r\n"
            + "Ada,Lovelace,ada@example.com,\""
            + notes.replace("\"", "\"\"")
            + "\"\r\n";
    commitAndWait(api, uploaded(mvc, api, "escapes.csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertThat(contact(api, "ada@example.com"))
        .containsEntry("notes", notes)
        .containsEntry("lastName", "Lovelace");

    String row =
        new tools.jackson.databind.json.JsonMapper()
            .writeValueAsString(List.of("Alan", "Tu\\ring", "alan@example.com", notes + "\u0000"));
    UUID posted =
        UUID.fromString(
            Api.read(
                api.post(
                        "/api/imports",
                        """
        {"workbookName":"Escapes.xlsx","sheetName":"Sheet1","header":["First Name","Last Name","E-mail Address",
         "Notes"],"rows":[%s]}"""
                            .formatted(row))
                    .andExpect(status().isCreated()),
                "$.id"));
    commitAndWait(api, posted);
    assertThat(contact(api, "alan@example.com"))
        .containsEntry("notes", notes)
        .containsEntry("lastName", "Tu\\ring");
  }

  @Test
  void aSecondImportOfTheSameSheetCreatesNothingAndAnEditChangesOnlyThatField() throws Exception {
    byte[] sheet = SpreadsheetFixtures.resource("outlook-contacts.csv");
    commitAndWait(api, uploaded(mvc, api, "contacts.csv", sheet));
    var before = contact(api, "amelie.dubois@example.fr");

    UUID again = uploaded(mvc, api, "contacts.csv", sheet);
    api.get("/api/imports/{id}", again)
        .andExpect(jsonPath("$.counts.created").value(0))
        .andExpect(jsonPath("$.counts.updated").value(0))
        .andExpect(jsonPath("$.counts.unchanged").value(3))
        .andExpect(jsonPath("$.duplicates.inCrm").value(3));
    commitAndWait(api, again);
    assertThat(liveContacts(api)).isEqualTo(3);
    assertThat(contact(api, "amelie.dubois@example.fr")).isEqualTo(before);

    byte[] edited =
        new String(sheet, StandardCharsets.UTF_8)
            .replace("\"Paris\"", "\"Lyon\"")
            .getBytes(StandardCharsets.UTF_8);
    UUID third = uploaded(mvc, api, "contacts.csv", edited);
    api.get("/api/imports/{id}", third)
        .andExpect(jsonPath("$.counts.updated").value(1))
        .andExpect(jsonPath("$.counts.unchanged").value(2))
        .andExpect(jsonPath("$.preview[0].action").value("update"))
        .andExpect(jsonPath("$.preview[0].conflicts.length()").value(1))
        .andExpect(jsonPath("$.preview[0].conflicts[0].field").value("city"))
        .andExpect(jsonPath("$.preview[0].conflicts[0].current").value("Paris"))
        .andExpect(jsonPath("$.preview[0].conflicts[0].incoming").value("Lyon"));
    commitAndWait(api, third);

    var after = contact(api, "amelie.dubois@example.fr");
    assertThat(after.get("city")).isEqualTo("Lyon");
    assertThat(after.get("version")).isEqualTo((Integer) before.get("version") + 1);
    before.keySet().stream()
        .filter(k -> !List.of("city", "version", "updatedAt").contains(k))
        .forEach(k -> assertThat(after.get(k)).as(k).isEqualTo(before.get(k)));
  }

  @Test
  void undoRestoresUpdatedContactsFieldByFieldTrashesCreatedOnesAndLeavesEditedOnesAlone()
      throws Exception {
    UUID amelie =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Amélie","lastName":"Dubois","email":"amelie.dubois@example.fr",
         "city":"Nice","tags":["Friends"]}""");
    var original =
        JsonPath.<Map<String, Object>>read(
            api.get("/api/contacts/{id}", amelie).andReturn().getResponse().getContentAsString(),
            "$");
    UUID id =
        uploaded(mvc, api, "contacts.csv", SpreadsheetFixtures.resource("outlook-contacts.csv"));
    api.get("/api/imports/{id}", id)
        .andExpect(jsonPath("$.counts.created").value(2))
        .andExpect(jsonPath("$.counts.updated").value(1))
        .andExpect(jsonPath("$.preview[0].conflicts[*].field", hasItem("firstName")))
        .andExpect(jsonPath("$.preview[0].conflicts[*].field", hasItem("city")));
    commitAndWait(api, id);
    var imported = contact(api, "amelie.dubois@example.fr");
    assertThat(imported)
        .contains(
            entry("city", "Paris"),
            entry("jobTitle", "Partner"),
            entry("tags", List.of("Clients", "Friends", "VIP")));

    var northwind = contact(api, "info@northwind.example");
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"business","companyName":"Northwind Traders Ltd","email":"info@northwind.example","version":%s}"""
                .formatted(northwind.get("version")),
            northwind.get("id"))
        .andExpect(status().isOk());

    api.post("/api/imports/{id}/undo", "", id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("undone"))
        .andExpect(jsonPath("$.undo.restored").value(1))
        .andExpect(jsonPath("$.undo.removed").value(1))
        .andExpect(jsonPath("$.undo.editedSince[0]").value(northwind.get("id")));

    var restored = contact(api, "amelie.dubois@example.fr");
    original.keySet().stream()
        .filter(k -> !List.of("version", "updatedAt").contains(k))
        .forEach(k -> assertThat(restored.get(k)).as(k).isEqualTo(original.get(k)));
    assertThat(contact(api, "info@northwind.example"))
        .containsEntry("companyName", "Northwind Traders Ltd");
    api.get("/api/contacts?q=Harold Finch").andExpect(jsonPath("$.totalElements").value(0));
    api.get("/api/contacts/trash")
        .andExpect(jsonPath("$.items[*].displayName", hasItem("Estate of Harold Finch")));
    api.post("/api/imports/{id}/undo", "", id)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value("Cannot undo an import that is undone."));
    api.get("/api/audit?action=import.undone&entityId={id}", id)
        .andExpect(jsonPath("$.items[0].changes.restored").value(1));
  }

  @Test
  void aCommitThatFailsHalfWayLeavesTheCrmAsItWasAndMayBeCommittedAgain() throws Exception {
    UUID existing =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Amélie","lastName":"Dubois","email":"amelie.dubois@example.fr"}""");
    committer.afterStep =
        rows -> {
          throw new IllegalStateException("injected failure after " + rows + " rows");
        };
    UUID id =
        uploaded(mvc, api, "contacts.csv", SpreadsheetFixtures.resource("outlook-contacts.csv"));
    String failed = commitAndWait(api, id);

    assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("failed");
    assertThat((String) JsonPath.read(failed, "$.error"))
        .startsWith("The import stopped before it finished");
    assertThat(liveContacts(api)).isEqualTo(1);
    api.get("/api/contacts/{id}", existing)
        .andExpect(jsonPath("$.version").value(0))
        .andExpect(jsonPath("$.city").doesNotExist());

    committer.afterStep = rows -> {};
    assertThat((String) JsonPath.read(commitAndWait(api, id), "$.status")).isEqualTo("committed");
    assertThat(liveContacts(api)).isEqualTo(3);
  }

  @Test
  void refusesEachBadFileWithAProblemAndKeepsNothing() throws Exception {
    assertRefused(
        "locked.xlsx",
        SpreadsheetFixtures.passwordProtected(),
        "password-protected",
        "The workbook is protected with a password. Open it in Excel, remove the password (File > Info > Protect"
            + " Workbook), save, and import it again.");
    assertRefused(
        "photo.xlsx",
        SpreadsheetFixtures.png(),
        "not-a-spreadsheet",
        "The file (.xlsx) is neither an Excel workbook nor a CSV text file. Save it from Excel as .xlsx or .csv.");
    assertRefused(
        "cut.xlsx",
        SpreadsheetFixtures.truncated(),
        "damaged-workbook",
        "The workbook is damaged or incomplete (for example, the upload was cut off). Open it in Excel, save it"
            + " again, and import the new copy.");
    assertRefused(
        "empty.xlsx",
        SpreadsheetFixtures.emptySheet(),
        "empty-sheet",
        "The sheet is empty: there is no header row and no contact.");
    assertRefused(
        "header.csv",
        SpreadsheetFixtures.resource("header-only.csv"),
        "header-only",
        "The sheet has a header row but no contacts below it.");
    byte[] bomb = SpreadsheetFixtures.zipBomb();
    assertThat(bomb.length).as("compressed size").isLessThan(1 << 20);
    assertRefused(
        "bomb.xlsx",
        bomb,
        "zip-bomb",
        "The workbook expands to far more data than it holds, as a zip bomb"
            + " does, so it was not opened. If it is genuine, save it as CSV and import that.");
    api.get("/api/imports").andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
  }

  private void assertRefused(String name, byte[] bytes, String code, String detail)
      throws Exception {
    upload(mvc, api, name, bytes)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.title").value("File cannot be imported"))
        .andExpect(jsonPath("$.detail").value(detail));
  }

  @Test
  void viewersReadImportsButCannotStartCommitOrUndoThem() throws Exception {
    UUID id = uploaded(mvc, api, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
    Api viewer = signIn(firm, Role.VIEWER);
    viewer.get("/api/imports/{id}", id).andExpect(status().isOk());
    upload(mvc, viewer, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"))
        .andExpect(status().isForbidden());
    viewer.post("/api/imports/{id}/commit", "", id).andExpect(status().isForbidden());
    viewer.post("/api/imports/{id}/undo", "", id).andExpect(status().isForbidden());
    Api user = signIn(firm, Role.USER);
    assertThat((String) JsonPath.read(commitAndWait(user, id), "$.status")).isEqualTo("committed");
    Api stranger = signIn(newFirm(), Role.ADMIN);
    stranger.get("/api/imports/{id}", id).andExpect(status().isNotFound());
  }

  @Test
  void streamsProgressEventsUntilTheJobEnds() throws Exception {
    UUID id = uploaded(mvc, api, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
    commitAndWait(api, id);
    String events =
        api.get("/api/imports/{id}/events", id).andReturn().getResponse().getContentAsString();
    assertThat(events)
        .contains("event:progress")
        .contains("\"status\":\"committed\"")
        .contains("\"rowsDone\":3");
  }

  @Test
  void choosingSkipLeavesMatchedContactsAloneAndCreateRefusesTakenEmails() throws Exception {
    api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"Grace","lastName":"Hopper","email":"grace@navy.example","city":"NYC"}""");
    UUID id = uploaded(mvc, api, "google.csv", SpreadsheetFixtures.resource("google-contacts.csv"));
    api.put(
            "/api/imports/{id}/policy",
            """
        {"policy":"skip"}""",
            id)
        .andExpect(jsonPath("$.policy").value("skip"))
        .andExpect(jsonPath("$.counts.skipped").value(1))
        .andExpect(jsonPath("$.counts.created").value(1));
    api.put(
            "/api/imports/{id}/policy",
            """
        {"policy":"create"}""",
            id)
        .andExpect(jsonPath("$.counts.rejected").value(2))
        .andExpect(
            jsonPath("$.preview[1].errors[0].message")
                .value("another contact already uses this email"));
    api.put(
            "/api/imports/{id}/policy",
            """
        {"policy":"update"}""",
            id)
        .andExpect(jsonPath("$.counts.updated").value(1))
        .andExpect(jsonPath("$.counts.rejected").value(1));
    api.put(
            "/api/imports/{id}/policy",
            """
        {"policy":"sometimes"}""",
            id)
        .andExpect(status().isBadRequest());
  }
}
