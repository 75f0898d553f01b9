package dev.steward.spreadsheets;

import static dev.steward.spreadsheets.ImportTestSupport.commitAndWait;
import static dev.steward.spreadsheets.ImportTestSupport.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.spreadsheets.read.OdsFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * OpenDocument spreadsheets saved by LibreOffice (see {@code OdsSheetReaderTest} for how each was
 * made), imported over HTTP through the same job, preview, commit and undo as an xlsx.
 */
class OdsImportIntegrationTest extends IntegrationTest {

  @TempDir Path dir;

  private ResultActions upload(String name, byte[] bytes, String query) throws Exception {
    return mvc.perform(
        multipart("/api/imports" + query)
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + api.accessToken()));
  }

  private byte[] resource(String name) throws Exception {
    try (var in = getClass().getResourceAsStream("/imports/ods/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void importsTheSheetOfContactsBelowItsTitleKeepingLeadingZerosAndUndoesIt() throws Exception {
    var result =
        upload("clients.ods", resource("clients-two-sheets.ods"), "")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.fileKind").value("ods"))
            .andExpect(jsonPath("$.sheetName").value("Clients"))
            .andExpect(jsonPath("$.headerRow").value(3))
            .andExpect(jsonPath("$.reading.headerRowDetected").value(true))
            .andExpect(jsonPath("$.reading.sheets.length()").value(4))
            .andExpect(jsonPath("$.reading.sheets[1].chosen").value(true))
            .andExpect(jsonPath("$.reading.sheets[1].rows").value(5))
            .andExpect(jsonPath("$.reading.sheets[3].hidden").value(true))
            .andExpect(jsonPath("$.rowsTotal").value(2))
            .andExpect(jsonPath("$.counts.created").value(2))
            .andExpect(jsonPath("$.preview[0].values.firstName").value("Zoë"))
            .andExpect(jsonPath("$.preview[0].values.postalCode").value("01234"))
            .andExpect(jsonPath("$.preview[0].values.phone").value("+14155550123"));
    UUID id = UUID.fromString(Api.read(result, "$.id"));

    commitAndWait(api, id);
    assertThat(contact(api, "angel@clients.example"))
        .contains(entry("lastName", "Pérez"), entry("postalCode", "08001"));

    api.post("/api/imports/{id}/undo", "", id)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("undone"))
        .andExpect(jsonPath("$.undo.removed").value(2));
  }

  @Test
  void theSecondSheetIsImportedWhenAsked() throws Exception {
    upload("clients.ods", resource("clients-two-sheets.ods"), "?sheet=Prospects")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.sheetName").value("Prospects"))
        .andExpect(jsonPath("$.headerRow").value(1))
        .andExpect(jsonPath("$.reading.sheets[2].chosen").value(true))
        .andExpect(jsonPath("$.preview[0].values.firstName").value("Pat"));
  }

  @Test
  void aZipBombAndAHugeRepeatedCellAreRefusedWithAProblem() throws Exception {
    byte[] bomb = Files.readAllBytes(OdsFiles.zipBomb(dir.resolve("bomb.ods"), 20));
    upload("bomb.ods", bomb, "")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("zip-bomb"));

    byte[] repeated =
        Files.readAllBytes(
            OdsFiles.withRows(
                dir.resolve("repeated.ods"),
                """
                <table:table-row><table:table-cell table:number-columns-repeated="2000000000" \
                office:value-type="string"><text:p>Email</text:p></table:table-cell>\
                </table:table-row>"""));
    upload("repeated.ods", repeated, "")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("too-many-columns"));
  }
}
