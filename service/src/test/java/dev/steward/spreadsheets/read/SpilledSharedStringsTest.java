package dev.steward.spreadsheets.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

class SpilledSharedStringsTest {

  @TempDir Path folder;

  @Test
  void givesBackTheStringsExcelSharedWithRunsAndEscapesDecodedAndPhoneticGuidesLeftOut()
      throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">
          <si><t>Ada</t></si>
          <si><t xml:space="preserve"> Søren Kierkegaard </t></si>
          <si><r><rPr><b/></rPr><t>Estate </t></r><r><t>of Jane Doe</t></r></si>
          <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>
          <si><t>Line one_x000D_</t></si>
          <si><t/></si>
        </sst>""";
    try (var strings = SpilledSharedStrings.fromXml(stream(xml), ReadLimits.DEFAULT.start())) {
      assertThat(strings.getUniqueCount()).isEqualTo(6);
      assertThat(texts(strings))
          .containsExactly(
              "Ada", " Søren Kierkegaard ", "Estate of Jane Doe", "東京", "Line one\r", "");
      assertThat(strings.getItemAt(2).getString()).isEqualTo("Estate of Jane Doe");
      assertThatThrownBy(() -> strings.text(6)).hasMessageContaining("damaged");
    }
  }

  @Test
  void agreesWithPoiOnAWorkbookSavedWithSharedStrings() throws Exception {
    Path file = folder.resolve("shared.xlsx");
    List<String> expected = new ArrayList<>();
    try (var workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("Contacts");
      for (int r = 0; r < 2_000; r++) {
        var row = sheet.createRow(r);
        row.createCell(0).setCellValue("Person " + r);
        row.createCell(1).setCellValue(r % 3 == 0 ? "London" : "Zürich");
        var rich = new XSSFRichTextString("Note " + r + "\tend");
        rich.applyFont(0, 4, workbook.createFont());
        row.createCell(2).setCellValue(rich);
      }
      try (var out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
      var table = workbook.getSharedStringSource();
      for (int i = 0; i < table.getUniqueCount(); i++) {
        expected.add(table.getItemAt(i).getString());
      }
    }
    try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        var strings = SpilledSharedStrings.read(pkg, ReadLimits.DEFAULT.start())) {
      assertThat(expected).hasSize(4_002);
      assertThat(texts(strings)).isEqualTo(expected);
    }
  }

  @Test
  void anEmptyTableAndAMalformedOneAreToldApart() throws Exception {
    try (var strings =
        SpilledSharedStrings.fromXml(InputStream.nullInputStream(), ReadLimits.DEFAULT.start())) {
      assertThat(strings.getCount()).isZero();
    }
    assertThatThrownBy(
            () ->
                SpilledSharedStrings.fromXml(
                    stream("<sst><si><t>cut off"), ReadLimits.DEFAULT.start()))
        .isInstanceOf(SAXException.class);
  }

  private static List<String> texts(SpilledSharedStrings strings) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < strings.getUniqueCount(); i++) {
      texts.add(strings.text(i));
    }
    return texts;
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.strip().getBytes(StandardCharsets.UTF_8));
  }
}
