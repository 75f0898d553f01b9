package dev.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CellTextTest {

  /** OWASP's list, and values a person may really type: a phone as text, a note, a handle. */
  static final List<String> FORMULA_LIKE =
      List.of(
          "=HYPERLINK(\"http://x\",\"y\")",
          "@SUM(1)",
          "-2+3",
          "+1",
          "\tTabbed",
          "\rReturned",
          "=1+1",
          "+44 20 7946 0958",
          "-",
          "@ada");

  @Test
  void tellsTextThatASpreadsheetWouldReadAsAFormula() {
    assertThat(FORMULA_LIKE).allMatch(CellText::startsLikeFormula);
    assertThat(
            List.of("Ada", "", " =1+1", "1+1", "ada@example.com", "'=1", "{\"a\":1}", "\nNew line"))
        .noneMatch(CellText::startsLikeFormula);
    assertThat(CellText.startsLikeFormula(null)).isFalse();
  }

  @Test
  void givesCsvTextThatStartsLikeAFormulaAnApostrophe() {
    for (String value : FORMULA_LIKE) {
      assertThat(CellText.csv(value)).isEqualTo("'" + value);
    }
    assertThat(CellText.csv("Ada Lovelace")).isEqualTo("Ada Lovelace");
    assertThat(CellText.csv((String) null)).isEmpty();
  }

  @Test
  void leavesNumbersAsNumbersInCsvAndNeutralisesTheSameCharactersAsText() {
    assertThat(CellText.csv((Object) (-2))).isEqualTo("-2");
    assertThat(CellText.csv((Object) new BigDecimal("-2.50"))).isEqualTo("-2.50");
    assertThat(CellText.csv((Object) new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(CellText.csv((Object) "-2")).isEqualTo("'-2");
    assertThat(CellText.csv((Object) "-2+3")).isEqualTo("'-2+3");
    assertThat(CellText.csv((Object) null)).isEmpty();
  }

  @Test
  void writesXlsxTextAsQuotePrefixedStringCellsAndNumbersAsNumbers() throws Exception {
    var out = new ByteArrayOutputStream();
    try (var workbook = new SXSSFWorkbook(10)) {
      var cells = CellText.cells(workbook);
      var sheet = workbook.createSheet("Cells");
      var bold = workbook.createCellStyle();
      var font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (int i = 0; i < FORMULA_LIKE.size(); i++) {
        cells.text(sheet.createRow(i), 0, FORMULA_LIKE.get(i));
      }
      var last = sheet.createRow(FORMULA_LIKE.size());
      cells.text(last, 0, "Ada");
      cells.number(last, 1, -2, null);
      cells.text(last, 2, "=bold()", bold);
      cells.text(last, 3, null);
      workbook.write(out);
    }
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      for (int i = 0; i < FORMULA_LIKE.size(); i++) {
        var cell = sheet.getRow(i).getCell(0);
        assertThat(cell.getCellType()).as(FORMULA_LIKE.get(i)).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).isEqualTo(FORMULA_LIKE.get(i));
        assertThat(cell.getCellStyle().getQuotePrefixed()).as(FORMULA_LIKE.get(i)).isTrue();
      }
      var last = sheet.getRow(FORMULA_LIKE.size());
      assertThat(last.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(last.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(last.getCell(1).getNumericCellValue()).isEqualTo(-2);
      assertThat(last.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(workbook.getFontAt(last.getCell(2).getCellStyle().getFontIndex()).getBold())
          .as("the quote prefix keeps the cell's own style")
          .isTrue();
      assertThat(last.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(workbook.getNumCellStyles())
          .as("one quote-prefixed copy per style")
          .isLessThanOrEqualTo(4);
    }
  }

  @Test
  void makesSheetNamesExcelAccepts() {
    assertThat(SafeNames.sheetName("Q1/Q2 [draft]: what? *all*\\", "Sheet"))
        .isEqualTo("Q1_Q2 _draft__ what_ _all__");
    assertThat(SafeNames.sheetName("Autumn letter to every client of the firm", "Sheet"))
        .isEqualTo("Autumn letter to every client o")
        .hasSize(31);
    assertThat(SafeNames.sheetName("   ", "Members")).isEqualTo("Members");
    assertThat(SafeNames.sheetName(null, null)).isEqualTo("Sheet");
    assertThat(SafeNames.sheetName("history", "Sheet")).isEqualTo("history sheet");
    assertThat(SafeNames.sheetName("'quoted'", "Sheet")).isEqualTo("quoted");
    assertThat(SafeNames.sheetName("tab\there\u0000", "Sheet")).isEqualTo("tab here");
    assertThat(SafeNames.sheetName("x".repeat(30) + "😀", "Sheet"))
        .as("no half of a surrogate pair")
        .isEqualTo("x".repeat(30));
    assertThat(SafeNames.sheetName("Members", "Sheet", List.of("members", "Members (2)")))
        .isEqualTo("Members (3)");
    assertThat(SafeNames.sheetName("y".repeat(40), "Sheet", List.of("y".repeat(31))))
        .isEqualTo("y".repeat(27) + " (2)")
        .hasSize(31);
  }

  @Test
  void makesFileNamesSafeToSaveAndSend() {
    assertThat(SafeNames.fileName("Autumn letter - members 2026-12-05", "csv"))
        .isEqualTo("Autumn letter - members 2026-12-05.csv");
    assertThat(SafeNames.fileName("../../etc/passwd", "xlsx")).isEqualTo("_.._etc_passwd.xlsx");
    assertThat(SafeNames.fileName("a<b>c:d\"e|f?g*h\\i", "pdf")).isEqualTo("a_b_c_d_e_f_g_h_i.pdf");
    assertThat(SafeNames.fileName("Invoice\u202Egpj.exe", "pdf"))
        .as("no right-to-left override")
        .isEqualTo("Invoicegpj.exe.pdf");
    assertThat(SafeNames.fileName("line\r\nbreak\ttab", "csv")).isEqualTo("line break tab.csv");
    assertThat(SafeNames.fileName(" ...hidden. ", "csv")).isEqualTo("hidden.csv");
    assertThat(SafeNames.fileName("CON", "csv")).isEqualTo("_CON.csv");
    assertThat(SafeNames.fileName("", "csv")).isEqualTo("export.csv");
    assertThat(SafeNames.fileName("Campagne d'automne - été", "x.l/s"))
        .isEqualTo("Campagne d'automne - été.xls");
    String longName = SafeNames.fileName("é".repeat(300), "xlsx");
    assertThat(longName.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .hasSizeLessThanOrEqualTo(205);
  }

  @Test
  void namesTheDownloadForOldAndNewClients() {
    assertThat(SafeNames.attachment("Contacts 2026-12-05.xlsx"))
        .isEqualTo(
            "attachment; filename=\"Contacts 2026-12-05.xlsx\"; filename*=UTF-8''Contacts%202026-12-05.xlsx");
    assertThat(SafeNames.attachment("Été 100% \"sûr\".csv"))
        .isEqualTo(
            "attachment; filename=\"Ete 100_ _sur_.csv\";"
                + " filename*=UTF-8''%C3%89t%C3%A9%20100%25%20_s%C3%BBr_.csv");
    assertThat(SafeNames.attachment("Отчёт.pdf"))
        .startsWith("attachment; filename=\"_____.pdf\"; filename*=UTF-8''%D0%9E");
    assertThat(SafeNames.attachment("a\r\nContent-Type: text/html.csv"))
        .doesNotContain("\r")
        .doesNotContain("\n");
  }

  @Test
  void makesDefinedNamesExcelAccepts() {
    assertThat(SafeNames.definedName("Members table")).isEqualTo("Members_table");
    assertThat(SafeNames.definedName("2026 results")).isEqualTo("_2026_results");
    assertThat(SafeNames.definedName("A1")).isEqualTo("_A1");
    assertThat(SafeNames.definedName("TAX2026")).isEqualTo("_TAX2026");
    assertThat(SafeNames.definedName("R1C1")).isEqualTo("_R1C1");
    assertThat(SafeNames.definedName("r")).isEqualTo("_r");
    assertThat(SafeNames.definedName("Results.ByWeek")).isEqualTo("Results.ByWeek");
    assertThat(SafeNames.definedName("=SUM(A1)")).isEqualTo("_SUM_A1_");
    assertThat(SafeNames.definedName("")).isEqualTo("_");
    assertThat(SafeNames.definedName("n".repeat(300))).hasSize(255);
  }
}
