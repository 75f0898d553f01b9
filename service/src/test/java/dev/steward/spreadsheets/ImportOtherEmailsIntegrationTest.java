package dev.steward.spreadsheets;

import static dev.steward.spreadsheets.ImportTestSupport.commitAndWait;
import static dev.steward.spreadsheets.ImportTestSupport.contact;
import static dev.steward.spreadsheets.ImportTestSupport.liveContacts;
import static dev.steward.spreadsheets.ImportTestSupport.upload;
import static dev.steward.spreadsheets.ImportTestSupport.uploaded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.platform.export.Downloads;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Several emails and phones per contact through imports: extra columns kept with their labels,
 * matching on every email of both sides, CRM record ids, and the export's round trip.
 */
class ImportOtherEmailsIntegrationTest extends IntegrationTest {

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void keepsExtraEmailAndPhoneColumnsWithTheirLabelsShowsThemAndUndoRemovesThem() throws Exception {
    var result =
        upload(
                mvc,
                api,
                "outlook.csv",
                csv(
                    """
                    First Name,Last Name,E-mail Address,E-mail 2 Address,Business Phone,Mobile Phone,Home Phone
                    Ada,Lovelace,ada@engines.example,ada@home.example,+44 20 7946 0958,+44 7911 123456,pager
                    """))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.mapping[3].field").value("email"))
            .andExpect(jsonPath("$.mapping[3].label").value("other"))
            .andExpect(
                jsonPath("$.mapping[3].note")
                    .value(
                        "when another email column is filled first, kept as another email (other)"))
            .andExpect(
                jsonPath("$.mapping[5].note")
                    .value(
                        "when another phone column is filled first, kept as another phone (mobile)"))
            .andExpect(jsonPath("$.preview[0].values.email").value("ada@engines.example"))
            .andExpect(
                jsonPath("$.preview[0].values.otherEmails[0]").value("ada@home.example (other)"))
            .andExpect(jsonPath("$.preview[0].values.phone").value("+442079460958"))
            .andExpect(
                jsonPath("$.preview[0].values.otherPhones[0]").value("+447911123456 (mobile)"))
            .andExpect(jsonPath("$.preview[0].values.otherPhones.length()").value(1))
            .andExpect(jsonPath("$.preview[0].values.notes").value("Other phones: pager"))
            .andExpect(jsonPath("$.preview[0].warnings[0].field").value("otherPhones"));
    UUID id = UUID.fromString(Api.read(result, "$.id"));
    commitAndWait(api, id);

    assertThat(contact(api, "ada@engines.example"))
        .contains(
            entry("otherEmails", List.of(Map.of("address", "ada@home.example", "label", "other"))),
            entry("otherPhones", List.of(Map.of("number", "+447911123456", "label", "mobile"))));
    assertThat(contact(api, "ada@home.example")).containsEntry("email", "ada@engines.example");

    api.post("/api/imports/{id}/undo", "", id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.undo.removed").value(1));
    assertThat(liveContacts(api)).isZero();
  }

  @Test
  void matchesOnEveryEmailOfTheRowAndOfTheContacts() throws Exception {
    api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"Ann","lastName":"One","email":"ann@one.example",
         "otherEmails":[{"address":"ann@home.example","label":"home"}]}""");
    api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"Bob","lastName":"Two","email":"bob@two.example"}""");

    var result =
        upload(
                mvc,
                api,
                "several.csv",
                csv(
                    """
                    First Name,Last Name,Email,Email 2,Phone
                    Ann,One,ann@home.example,,+44 20 7946 0001
                    Bob,Two,bob@new.example,bob@two.example,
                    Cy,Three,ann@one.example,bob@two.example,
                    Dee,Four,dee@four.example,dee@shared.example,
                    Dee,Four,dee@shared.example,,
                    """))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.preview[0].action").value("update"))
            .andExpect(jsonPath("$.preview[1].action").value("update"))
            .andExpect(jsonPath("$.preview[2].action").value("reject"))
            .andExpect(jsonPath("$.preview[2].errors[0].field").value("email"))
            .andExpect(
                jsonPath("$.preview[2].errors[0].message")
                    .value(ImportStore.EMAILS_SHARED.substring("email: ".length())))
            .andExpect(jsonPath("$.preview[3].action").value("create"))
            .andExpect(jsonPath("$.preview[4].action").value("reject"))
            .andExpect(jsonPath("$.preview[4].duplicateOf").value(5))
            .andExpect(jsonPath("$.counts.created").value(1))
            .andExpect(jsonPath("$.counts.updated").value(2))
            .andExpect(jsonPath("$.counts.rejected").value(2));
    UUID id = UUID.fromString(Api.read(result, "$.id"));
    commitAndWait(api, id);

    assertThat(liveContacts(api)).isEqualTo(3);
    assertThat(contact(api, "ann@one.example"))
        .contains(
            entry("email", "ann@one.example"),
            entry("phone", "+442079460001"),
            entry("otherEmails", List.of(Map.of("address", "ann@home.example", "label", "home"))));
    assertThat(contact(api, "bob@two.example"))
        .contains(
            entry("email", "bob@two.example"),
            entry("otherEmails", List.of(Map.of("address", "bob@new.example", "label", "other"))));

    api.post("/api/imports/{id}/undo", "", id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.undo.restored").value(2));
    assertThat(contact(api, "bob@two.example")).containsEntry("otherEmails", List.of());
    assertThat(contact(api, "ann@one.example")).doesNotContainKey("phone");
  }

  @Test
  void aCrmRecordIdMakesTheNextExportOfThatCrmUpdateInsteadOfDuplicating() throws Exception {
    commitAndWait(
        api,
        uploaded(
            mvc,
            api,
            "hubspot.csv",
            csv(
                """
                Record ID,First Name,Last Name,Email
                5101,Alan,Turing,alan@old.example
                5102,Joan,Clarke,joan@bletchley.example
                """)));
    var result =
        upload(
                mvc,
                api,
                "hubspot-later.csv",
                csv(
                    """
                    Record ID,First Name,Last Name,Email,Phone Number
                    5101,Alan,Turing,alan@new.example,
                    5102,Joan,Clarke,joan@bletchley.example,+44 20 7946 0002
                    5103,Dilly,Knox,dilly@bletchley.example,
                    """))
            .andExpect(jsonPath("$.mapping[0].field").value("externalId"))
            .andExpect(jsonPath("$.preview[0].action").value("update"))
            .andExpect(jsonPath("$.preview[0].values.externalId").value("5101"))
            .andExpect(jsonPath("$.counts.updated").value(2))
            .andExpect(jsonPath("$.counts.created").value(1));
    UUID later = UUID.fromString(Api.read(result, "$.id"));
    commitAndWait(api, later);

    assertThat(liveContacts(api)).isEqualTo(3);
    assertThat(contact(api, "alan@new.example"))
        .containsEntry("lastName", "Turing")
        .containsEntry("externalId", "5101");

    // The same file again changes nothing.
    upload(
            mvc,
            api,
            "hubspot-again.csv",
            csv(
                """
                Record ID,First Name,Last Name,Email
                5101,Alan,Turing,alan@new.example
                """))
        .andExpect(jsonPath("$.counts.unchanged").value(1));

    api.post("/api/imports/{id}/undo", "", later).andExpect(status().isOk());
    assertThat(contact(api, "alan@old.example")).containsEntry("lastName", "Turing");
    assertThat(liveContacts(api)).isEqualTo(2);
  }

  @Test
  void theExportsOtherEmailsAndPhonesImportBackWithTheirLabels() throws Exception {
    UUID original =
        api.create(
            "/api/contacts",
            """
            {"type":"individual","firstName":"Grace","lastName":"Hopper","email":"grace@navy.example",
             "phone":"+1 202 555 0100",
             "otherEmails":[{"address":"grace@home.example","label":"home"},
                            {"address":"g.hopper@work.example","label":"work"}],
             "otherPhones":[{"number":"+1 202 555 0101","label":"mobile"},
                            {"number":"+1 202 555 0102","label":"other"}]}""");
    var before = contact(api, "grace@navy.example");

    var csv = Downloads.get(mvc, api, "/api/contacts/export.csv").csv();
    int otherEmails = csv.get(0).indexOf("Other Emails");
    assertThat(csv.get(1).get(otherEmails))
        .isEqualTo("grace@home.example (home); g.hopper@work.example (work)");

    // Re-imported over itself (by its Steward ID), nothing changes.
    byte[] exported = Downloads.get(mvc, api, "/api/contacts/export.csv").body();
    upload(mvc, api, "Contacts.csv", exported)
        .andExpect(jsonPath("$.counts.unchanged").value(1))
        .andExpect(jsonPath("$.counts.rejected").value(0));

    // Into an empty list (the contact trashed, the Steward ID cleared), the same contact comes
    // back.
    byte[] xlsx = Downloads.get(mvc, api, "/api/contacts/export.xlsx").body();
    api.delete("/api/contacts/{id}", original).andExpect(status().isNoContent());
    String text = new String(exported, StandardCharsets.UTF_8).replace(original.toString(), "");
    commitAndWait(api, uploaded(mvc, api, "Contacts.csv", csv(text)));
    var back = contact(api, "grace@navy.example");
    assertThat(back.get("id")).isNotEqualTo(original.toString());
    for (String field : List.of("firstName", "lastName", "phone", "otherEmails", "otherPhones")) {
      assertThat(back.get(field)).as(field).isEqualTo(before.get(field));
    }

    // The workbook export too.
    api.delete("/api/contacts/{id}", back.get("id")).andExpect(status().isNoContent());
    byte[] workbook;
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        var out = new ByteArrayOutputStream()) {
      var sheet = book.getSheetAt(0);
      for (var row : sheet) {
        for (var cell : row) {
          if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
              && cell.getStringCellValue().equals(original.toString())) {
            cell.setBlank();
          }
        }
      }
      book.write(out);
      workbook = out.toByteArray();
    }
    commitAndWait(api, uploaded(mvc, api, "Contacts.xlsx", workbook));
    var fromWorkbook = contact(api, "grace@navy.example");
    for (String field : List.of("firstName", "lastName", "phone", "otherEmails", "otherPhones")) {
      assertThat(fromWorkbook.get(field)).as(field).isEqualTo(before.get(field));
    }
  }
}
