package dev.steward.spreadsheets;

import static dev.steward.spreadsheets.ImportTestSupport.commitAndWait;
import static dev.steward.spreadsheets.ImportTestSupport.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** How a file is read, as the preview tells it and the upload's choices change it. */
class ImportReadingIntegrationTest extends IntegrationTest {

  private static final Charset CP1251 = Charset.forName("windows-1251");

  /**
   * A Windows-1251 export under LinkedIn-style notes, with a UK number, a "pager" phone and a
   * second email.
   */
  private static byte[] russianExport() {
    return ("""
        Notes:
        "When exporting your connection data, you may notice that some of the email addresses are missing."

        Имя,Фамилия,Организация,Адрес эл. почты,Адрес эл. почты 2,Рабочий телефон,Страна
        Иван,Петров,ООО Ромашка,ivan.petrov@example.ru,ivan@home.example,0113 496 0000,Великобритания
        Мария,Смирнова,Сбер,maria@example.ru,,pager,
        """)
        .replace("\n", "\r\n")
        .getBytes(CP1251);
  }

  private ResultActions upload(String name, byte[] bytes, String query) throws Exception {
    return mvc.perform(
        multipart("/api/imports" + query)
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + api.accessToken()));
  }

  @Test
  void readsACyrillicExportBelowItsNotesAndKeepsEveryRowWhateverItsPhone() throws Exception {
    var result =
        upload("connections.csv", russianExport(), "")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.reading.encoding").value("windows-1251"))
            .andExpect(jsonPath("$.reading.encodingClean").value(true))
            .andExpect(jsonPath("$.reading.encodingNote").doesNotExist())
            .andExpect(jsonPath("$.reading.headerRowDetected").value(true))
            .andExpect(jsonPath("$.headerRow").value(4))
            .andExpect(jsonPath("$.rowsTotal").value(2))
            .andExpect(jsonPath("$.mapping[0].field").value("firstName"))
            .andExpect(jsonPath("$.mapping[2].field").value("companyName"))
            .andExpect(jsonPath("$.mapping[3].field").value("email"))
            .andExpect(jsonPath("$.mapping[4].field").value("email"))
            .andExpect(jsonPath("$.mapping[4].label").value("other"))
            .andExpect(
                jsonPath("$.mapping[4].note")
                    .value(
                        "when another email column is filled first, kept as another"
                            + " email (other)"))
            .andExpect(jsonPath("$.mapping[5].label").value("work"))
            .andExpect(jsonPath("$.counts.created").value(2))
            .andExpect(jsonPath("$.counts.rejected").value(0))
            .andExpect(jsonPath("$.preview[0].values.firstName").value("Иван"))
            .andExpect(jsonPath("$.preview[0].values.phone").value("+441134960000"))
            .andExpect(jsonPath("$.preview[0].warnings.length()").value(0))
            .andExpect(jsonPath("$.preview[1].values.phone").value("pager"))
            .andExpect(jsonPath("$.preview[1].warnings[0].field").value("phone"));
    UUID id = UUID.fromString(Api.read(result, "$.id"));

    commitAndWait(api, id);
    assertThat(contact(api, "ivan.petrov@example.ru"))
        .contains(
            entry("lastName", "Петров"),
            entry("companyName", "ООО Ромашка"),
            entry("phone", "+441134960000"),
            entry(
                "otherEmails", List.of(Map.of("address", "ivan@home.example", "label", "other"))));
    assertThat(contact(api, "maria@example.ru")).contains(entry("phone", "pager"));
  }

  @Test
  void theUserMayChooseTheHeaderRowAndTheEncoding() throws Exception {
    upload("connections.csv", russianExport(), "?headerRow=4&encoding=KOI8-R")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.headerRow").value(4))
        .andExpect(jsonPath("$.reading.headerRowDetected").value(false))
        .andExpect(jsonPath("$.reading.encoding").value("KOI8-R"));
    upload("connections.csv", russianExport(), "?headerRow=0")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.errors[0].field").value("headerRow"));
    upload("connections.csv", russianExport(), "?encoding=klingon")
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("unknown-encoding"));
  }

  @Test
  void theFirmsCountryReadsItsLocalNumbers() throws Exception {
    var csv = "First Name,Email,Phone\r\nAnn,ann.gb@example.org,0113 496 0000\r\n".getBytes(CP1251);
    upload("local.csv", csv, "")
        .andExpect(
            jsonPath("$.preview[0].warnings[0].message")
                .value("not a valid phone number (read as a number of US); kept as written"));

    var current = api.get("/api/tenant").andReturn().getResponse();
    Map<String, Object> settings = JsonPath.read(current.getContentAsString(), "$");
    api.perform(
            MockMvcRequestBuilders.put("/api/tenant")
                .header(HttpHeaders.IF_MATCH, current.getHeader(HttpHeaders.ETAG))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"name":"%s","subdomain":"%s","mfaRequired":false,"phoneRegion":"gb"}"""
                        .formatted(settings.get("name"), settings.get("subdomain"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.phoneRegion").value("GB"));

    upload("local.csv", csv, "")
        .andExpect(jsonPath("$.preview[0].values.phone").value("+441134960000"))
        .andExpect(jsonPath("$.preview[0].warnings.length()").value(0));
  }

  @Test
  void aWorkbookListsItsSheetsAndImportsTheOneAsked() throws Exception {
    byte[] workbook;
    try (var book = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var cover = book.createSheet("Read me");
      cover.createRow(0).createCell(0).setCellValue("Exported from the practice's CRM");
      for (String name : new String[] {"Clients", "Prospects"}) {
        var sheet = book.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue(name + " — March");
        var header = sheet.createRow(1);
        header.createCell(0).setCellValue("Full Name");
        header.createCell(1).setCellValue("Email");
        var row = sheet.createRow(2);
        row.createCell(0).setCellValue(name.equals("Clients") ? "Zoë Client" : "Pat Prospect");
        row.createCell(1).setCellValue(name.toLowerCase() + "@sheets.example");
      }
      book.write(out);
      workbook = out.toByteArray();
    }
    upload("book.xlsx", workbook, "")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.sheetName").value("Clients"))
        .andExpect(jsonPath("$.headerRow").value(2))
        .andExpect(jsonPath("$.reading.sheets.length()").value(3))
        .andExpect(jsonPath("$.reading.sheets[1].chosen").value(true))
        .andExpect(jsonPath("$.reading.sheets[1].rows").value(3));
    upload("book.xlsx", workbook, "?sheet=Prospects")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.sheetName").value("Prospects"))
        .andExpect(jsonPath("$.reading.sheets[2].chosen").value(true))
        .andExpect(jsonPath("$.preview[0].values.firstName").value("Pat"));
  }

  @Test
  void importsAVcardFileThroughTheSameJob() throws Exception {
    byte[] cards;
    try (var in = getClass().getResourceAsStream("/imports/real/apple-4.0-several.vcf")) {
      cards = in.readAllBytes();
    }
    var result =
        upload("contacts.vcf", cards, "")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.fileKind").value("vcf"))
            .andExpect(jsonPath("$.rowsTotal").value(3))
            .andExpect(jsonPath("$.counts.created").value(3));
    commitAndWait(api, UUID.fromString(Api.read(result, "$.id")));
    assertThat(contact(api, "ada@analytical.example"))
        .contains(
            entry("lastName", "Lovelace"),
            entry("phone", "+442079460958"),
            entry("postalCode", "SW1Y 4JH"));
  }
}
