package dev.steward.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import dev.steward.platform.export.Downloads;
import dev.steward.platform.export.Downloads.Download;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;

class MemberExportIntegrationTest extends IntegrationTest {

  private Download download(String path, Object... vars) throws Exception {
    return Downloads.get(mvc, api, path, vars);
  }

  private UUID member(UUID campaign, String companyName, String status) throws Exception {
    UUID contact =
        api.create(
            "/api/contacts",
            """
        {"type":"business","companyName":"%s","email":"%s@example.com"}"""
                .formatted(companyName.replace("\"", "\\\""), UUID.randomUUID()));
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s"]}"""
                .formatted(contact),
            campaign)
        .andExpect(status().isOk());
    if (status != null) {
      api.put(
              "/api/campaigns/{id}/contacts/{contactId}",
              """
          {"status":"%s","recordedVia":"outlook","notes":"=1+1 said yes"}"""
                  .formatted(status),
              campaign,
              contact)
          .andExpect(status().isOk());
    }
    return contact;
  }

  @Test
  void exportsTheMembersWithFormulaLikeTextAsTextInEveryFormat() throws Exception {
    UUID campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"Autumn letter","channel":"mail"}""");
    List<String> names = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-2+3", "+1");
    for (String name : names) {
      member(campaign, name, "responded");
    }
    member(campaign, "Plain Ltd", null);

    var xlsx = download("/api/campaigns/{id}/contacts/export.xlsx", campaign);
    String today = LocalDate.now().toString();
    assertThat(xlsx.contentDisposition())
        .isEqualTo(
            "attachment; filename=\"Autumn letter - members "
                + today
                + ".xlsx\"; filename*=UTF-8''"
                + "Autumn%20letter%20-%20members%20"
                + today
                + ".xlsx");
    try (var workbook = xlsx.workbook()) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Autumn letter - members");
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
      for (int r = 1; r <= 5; r++) {
        var name = sheet.getRow(r).getCell(0);
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getCellStyle().getQuotePrefixed())
            .isEqualTo(!name.getStringCellValue().equals("Plain Ltd"));
      }
      var notes = sheet.getRow(1).getCell(9);
      assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Notes");
      assertThat(notes.getStringCellValue()).isEqualTo("=1+1 said yes");
      assertThat(notes.getCellType()).isEqualTo(CellType.STRING);
      assertThat(notes.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(7).getCellType())
          .as("the response date is a date")
          .isEqualTo(CellType.NUMERIC);
    }

    var csv = download("/api/campaigns/{id}/contacts/export.csv", campaign);
    assertThat(csv.contentDisposition())
        .contains("filename=\"Autumn letter - members " + today + ".csv\"");
    var records = csv.csv();
    assertThat(records.get(0))
        .startsWith("Name", "Company", "Email", "Phone", "City", "Tags", "Status");
    assertThat(records.stream().skip(1).map(record -> record.get(0)).toList())
        .containsExactlyInAnyOrder(
            "'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(1)", "'-2+3", "'+1", "Plain Ltd");
    assertThat(records.stream().skip(1).map(record -> record.get(9)))
        .containsOnly("'=1+1 said yes", "");

    String pdf = download("/api/campaigns/{id}/contacts/export.pdf", campaign).pdfText();
    assertThat(pdf)
        .contains(
            "Autumn letter - members",
            "5 members",
            "=HYPERLINK(\"http://x\",\"y\")",
            "@SUM(1)",
            "-2+3",
            "+1",
            "=1+1 said yes",
            "Responded",
            "Outlook");
  }

  @Test
  void takesOnlyTheMembersWithTheChosenStatusAndRecordsTheExport() throws Exception {
    UUID campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"Spring review","channel":"email"}""");
    member(campaign, "Converted Co", "converted");
    member(campaign, "Answered Co", "responded");
    member(campaign, "Waiting Co", null);

    var csv = download("/api/campaigns/{id}/contacts/export.csv?status=converted", campaign).csv();
    assertThat(csv.stream().skip(1).map(record -> record.get(0)).toList())
        .containsExactly("Converted Co");
    assertThat(csv.get(1).get(6)).isEqualTo("Converted");
    String pdf =
        download("/api/campaigns/{id}/contacts/export.pdf?status=pending", campaign).pdfText();
    assertThat(pdf)
        .contains("Filters: Status: Pending", "Waiting Co")
        .doesNotContain("Converted Co");

    var audit =
        api.get("/api/audit?action=campaign.exported&entityId=" + campaign)
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> formats = JsonPath.read(audit, "$.items[*].changes.format");
    assertThat(formats).containsExactlyInAnyOrder("csv", "pdf");
    List<Integer> rows = JsonPath.read(audit, "$.items[*].changes.rows");
    assertThat(rows).containsExactlyInAnyOrder(1, 1);
  }

  @Test
  void answersAMissingCampaignWithAProblemAndLetsViewersExport() throws Exception {
    var missing = download("/api/campaigns/{id}/contacts/export.xlsx", UUID.randomUUID());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).isEqualTo("application/problem+json");
    UUID campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"Viewers welcome","channel":"email"}""");
    var viewer = signIn(firm, Role.VIEWER);
    assertThat(
            Downloads.get(mvc, viewer, "/api/campaigns/{id}/contacts/export.pdf", campaign)
                .status())
        .isEqualTo(200);
    assertThat(download("/api/campaigns/{id}/contacts/export.csv?status=maybe", campaign).status())
        .isEqualTo(400);
  }
}
