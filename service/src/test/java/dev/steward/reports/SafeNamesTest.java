package dev.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeNamesTest {

  @Test
  void fileNamesKeepWhatPeopleTypedAndLoseWhatNoSystemAllows() {
    assertThat(SafeNames.fileName("Autumn estate-planning letter - report 2026-12-05", ".xlsx"))
        .isEqualTo("Autumn estate-planning letter - report 2026-12-05.xlsx");
    assertThat(SafeNames.fileName("Q3: \"VIP\" clients / trusts?*<>|", ".xlsx")).isEqualTo("Q3 VIP clients trusts.xlsx");
    assertThat(SafeNames.fileName("../../etc/passwd", ".pdf")).isEqualTo("etc passwd.pdf");
    assertThat(SafeNames.fileName("Line\nbreak\r\tand\u0000nul", ".xlsx")).isEqualTo("Line break and nul.xlsx");
    assertThat(SafeNames.fileName("...", ".xlsx")).isEqualTo("Report.xlsx");
    assertThat(SafeNames.fileName("CON", ".xlsx")).isEqualTo("Report CON.xlsx");
    assertThat(SafeNames.fileName("Zoë Müller's letter", ".xlsx")).isEqualTo("Zoë Müller's letter.xlsx");
    assertThat(SafeNames.fileName("x".repeat(400), ".xlsx")).hasSize(SafeNames.MAX_FILE_NAME + 5);
  }

  @Test
  void contentDispositionGivesAnAsciiNameAndTheExactOne() {
    assertThat(SafeNames.contentDisposition("Zoë's letter - report 2026-12-05.xlsx")).isEqualTo(
        "attachment; filename=\"Zoe's letter - report 2026-12-05.xlsx\"; "
            + "filename*=UTF-8''Zo%C3%AB%27s%20letter%20-%20report%202026-12-05.xlsx");
    assertThat(SafeNames.contentDisposition("Nguyễn 日本.pdf")).startsWith("attachment; filename=\"Nguyen __.pdf\"");
  }

  @Test
  void sheetNamesFollowExcelsRules() {
    assertThat(SafeNames.sheetName("Q3/Q4: [draft]*?")).isEqualTo("Q3 Q4 draft");
    assertThat(SafeNames.sheetName("'quoted'")).isEqualTo("quoted");
    assertThat(SafeNames.sheetName("A very long campaign name that goes on")).hasSize(31);
    assertThat(SafeNames.sheetName("History")).isEqualTo("Report");
    assertThat(SafeNames.sheetName("  ")).isEqualTo("Report");
  }
}
