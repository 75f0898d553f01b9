package dev.steward.spreadsheets;

import static dev.steward.spreadsheets.ImportTestSupport.commitAndWait;
import static dev.steward.spreadsheets.ImportTestSupport.uploaded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.IntegrationTest;
import dev.steward.platform.export.Downloads;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;

class RejectedRowsIntegrationTest extends IntegrationTest {

  @Test
  void writesRejectedCellsThatStartLikeAFormulaAsTextAndRowNumbersAsNumbers() throws Exception {
    List<String> names =
        List.of(
            "=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-2+3", "+1", "\tTabbed", "\rReturned");
    var csv = new StringBuilder("First Name,Last Name,E-mail Address\r\n");
    for (String name : names) {
      csv.append('"').append(name.replace("\"", "\"\"")).append("\",Rejected,not-an-email@\r\n");
    }
    csv.append("Grace,Hopper,grace@navy.example\r\n");
    UUID id = uploaded(mvc, api, "rejects.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    commitAndWait(api, id);

    var download = Downloads.get(mvc, api, "/api/imports/{id}/rejected.xlsx", id);
    assertThat(download.status()).isEqualTo(200);
    try (var workbook = download.workbook()) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(names.size());
      List<String> written = new ArrayList<>();
      for (int r = 1; r <= names.size(); r++) {
        var row = sheet.getRow(r);
        assertThat(row.getCell(0).getCellType())
            .as("the row number is a number")
            .isEqualTo(CellType.NUMERIC);
        var name = row.getCell(1);
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getCellStyle().getQuotePrefixed()).as(name.getStringCellValue()).isTrue();
        assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).as("Rejected").isFalse();
        written.add(name.getStringCellValue());
      }
      assertThat(written).as("the cells as they were in the file").containsExactlyElementsOf(names);
    }
  }
}
