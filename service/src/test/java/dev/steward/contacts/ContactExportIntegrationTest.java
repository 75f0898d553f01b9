package dev.steward.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import dev.steward.platform.export.Downloads;
import dev.steward.platform.export.Downloads.Download;
import dev.steward.tenancy.CurrentTenant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class ContactExportIntegrationTest extends IntegrationTest {

  /** First names that a spreadsheet would run as formulas if they were written as typed. */
  static final List<String> FORMULA_NAMES =
      List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-2+3", "+1", "\tTabbed", "\rReturned");

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  /**
   * Writes contacts as they are stored, past the API's trimming, as an import or an older version
   * might have.
   */
  private void insert(String firstName, String lastName, String phone, String customFields) {
    CurrentTenant.runAs(
        firm,
        () ->
            new TransactionTemplate(transactionManager)
                .executeWithoutResult(
                    status ->
                        jdbc.sql(
                                """
                insert into contacts (id, tenant_id, type, first_name, last_name, phone, custom_fields)
                values (?, ?, 'individual', ?, ?, ?, cast(? as jsonb))""")
                            .params(
                                UUID.randomUUID(), firm, firstName, lastName, phone, customFields)
                            .update()));
  }

  private Download download(String path) throws Exception {
    return Downloads.get(mvc, api, path);
  }

  private static int column(Sheet sheet, String heading) {
    Row header = sheet.getRow(0);
    for (int c = 0; c < header.getLastCellNum(); c++) {
      if (header.getCell(c).getStringCellValue().equals(heading)) {
        return c;
      }
    }
    throw new AssertionError("No column " + heading);
  }

  @Test
  void writesFormulaLikeTextAsTextInTheWorkbookTheCsvAndThePdf() throws Exception {
    api.post(
            "/api/custom-fields",
            """
        {"key":"score","label":"Score","type":"number"}""")
        .andExpect(status().isCreated());
    for (String name : FORMULA_NAMES) {
      insert(name, "Injected", "-2+3", "{\"score\": -2}");
    }

    var xlsx = download("/api/contacts/export.xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    try (var workbook = xlsx.workbook()) {
      var sheet = workbook.getSheetAt(0);
      int first = column(sheet, "First Name");
      int phone = column(sheet, "Phone");
      int score = column(sheet, "Score");
      List<String> firstNames = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        for (int c : new int[] {0, first, phone}) {
          var cell = row.getCell(c);
          assertThat(cell.getCellType()).as("row %d column %d", r, c).isEqualTo(CellType.STRING);
          assertThat(cell.getCellStyle().getQuotePrefixed()).as("row %d column %d", r, c).isTrue();
        }
        firstNames.add(row.getCell(first).getStringCellValue());
        assertThat(row.getCell(phone).getStringCellValue()).isEqualTo("-2+3");
        assertThat(row.getCell(score).getCellType())
            .as("a number stays a number")
            .isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(score).getNumericCellValue()).isEqualTo(-2);
      }
      assertThat(firstNames).containsExactlyInAnyOrderElementsOf(FORMULA_NAMES);
    }

    var csv = download("/api/contacts/export.csv").csv();
    int first = csv.get(0).indexOf("First Name");
    int phone = csv.get(0).indexOf("Phone");
    int score = csv.get(0).indexOf("Score");
    assertThat(csv.stream().skip(1).map(record -> record.get(first)).toList())
        .containsExactlyInAnyOrderElementsOf(
            FORMULA_NAMES.stream().map(name -> "'" + name).toList());
    assertThat(csv.stream().skip(1).map(record -> record.get(phone))).containsOnly("'-2+3");
    assertThat(csv.stream().skip(1).map(record -> record.get(score))).containsOnly("-2");

    String pdf = download("/api/contacts/export.pdf").pdfText();
    assertThat(pdf)
        .as("shown as typed")
        .contains(
            "=HYPERLINK(\"http://x\",\"y\")",
            "@SUM(1) Injected",
            "-2+3 Injected",
            "+1 Injected",
            "Tabbed Injected",
            "Returned Injected");
    assertThat(pdf).doesNotContain("'=HYPERLINK");
  }

  @Test
  void takesTheListsFiltersAndOrder() throws Exception {
    api.create(
        "/api/contacts",
        """
        {"type":"business","companyName":"Harbour Lights Ltd","tags":["VIP"]}""");
    api.create(
        "/api/contacts",
        """
        {"type":"business","companyName":"Harbour Ropes Ltd","tags":["VIP"]}""");
    api.create(
        "/api/contacts",
        """
        {"type":"business","companyName":"Harbour Sails Ltd","tags":["Prospect"]}""");
    api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"Ada","lastName":"Harbour","tags":["VIP"]}""");
    api.create(
        "/api/contacts",
        """
        {"type":"business","companyName":"Inland Freight","tags":["VIP"]}""");

    String query = "?q=harbour&type=business&tag=vip&sort=name,desc";
    var listed = api.get("/api/contacts" + query).andReturn().getResponse().getContentAsString();
    List<String> listNames = JsonPath.read(listed, "$.items[*].displayName");
    assertThat(listNames).containsExactly("Harbour Ropes Ltd", "Harbour Lights Ltd");

    var csv = download("/api/contacts/export.csv" + query).csv();
    assertThat(csv.stream().skip(1).map(record -> record.get(0)).toList()).isEqualTo(listNames);
    try (var workbook = download("/api/contacts/export.xlsx" + query).workbook()) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Harbour Ropes Ltd");
    }
    String pdf = download("/api/contacts/export.pdf" + query).pdfText();
    assertThat(pdf)
        .contains(
            "Filters: Search: harbour; Tag: vip; Type: Business",
            "2 contacts",
            "Harbour Ropes Ltd",
            "Harbour Lights Ltd");
    assertThat(pdf).doesNotContain("Harbour Sails", "Inland Freight", "Ada Harbour");
  }

  @Test
  void namesTheFileAsAPersonWouldAndRecordsTheExportInTheAuditLog() throws Exception {
    api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"Ada","lastName":"Lovelace"}""");
    var xlsx = download("/api/contacts/export.xlsx?type=individual");
    String today = LocalDate.now().toString();
    assertThat(xlsx.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(xlsx.contentDisposition())
        .isEqualTo(
            "attachment; filename=\"Contacts "
                + today
                + ".xlsx\"; filename*=UTF-8''Contacts%20"
                + today
                + ".xlsx");
    var csv = download("/api/contacts/export.csv");
    assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
    assertThat(csv.contentDisposition()).contains("filename=\"Contacts " + today + ".csv\"");
    assertThat(download("/api/contacts/export.pdf").contentType()).isEqualTo("application/pdf");

    var audit =
        api.get("/api/audit?action=contact.exported")
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Map<String, Object>> entries = JsonPath.read(audit, "$.items");
    assertThat(entries).hasSize(3);
    List<String> formats = JsonPath.read(audit, "$.items[*].changes.format");
    assertThat(formats).containsExactlyInAnyOrder("xlsx", "csv", "pdf");
    List<Object> xlsxEntry = JsonPath.read(audit, "$.items[?(@.changes.format == 'xlsx')].changes");
    assertThat(xlsxEntry.get(0).toString())
        .contains("rows=1", "Type=Individual", "Contacts " + today + ".xlsx");
  }

  @Test
  void letsViewersExportAndRefusesBadFiltersWithAProblem() throws Exception {
    var viewer = signIn(firm, Role.VIEWER);
    assertThat(Downloads.get(mvc, viewer, "/api/contacts/export.csv").status()).isEqualTo(200);
    var badSort = download("/api/contacts/export.xlsx?sort=password");
    assertThat(badSort.status()).isEqualTo(422);
    assertThat(badSort.contentType()).isEqualTo("application/problem+json");
    assertThat(badSort.bodyText()).contains("sort");
    assertThat(download("/api/contacts/export.csv?q=" + "x".repeat(201)).status()).isEqualTo(422);
    assertThat(download("/api/contacts/export.pdf?type=robot").status()).isEqualTo(400);
  }

  @Test
  void leavesContactsOfOtherFirmsAndTheTrashOut() throws Exception {
    var gone =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Gone","lastName":"Away"}""");
    api.delete("/api/contacts/{id}", gone).andExpect(status().isNoContent());
    api.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"Still","lastName":"Here"}""");
    UUID otherFirm = newFirm();
    Api other = signIn(otherFirm, Role.ADMIN);
    other.create(
        "/api/contacts",
        """
        {"type":"individual","firstName":"Other","lastName":"Firm"}""");

    var csv = download("/api/contacts/export.csv").csv();
    assertThat(csv.stream().skip(1).map(record -> record.get(0)).toList())
        .containsExactly("Still Here");
  }
}
