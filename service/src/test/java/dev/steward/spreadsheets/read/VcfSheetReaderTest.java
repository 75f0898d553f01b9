package dev.steward.spreadsheets.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VcfSheetReaderTest {

  @TempDir Path dir;

  private List<List<String>> read(String resource) throws IOException {
    Path file = dir.resolve(resource);
    try (var in = getClass().getResourceAsStream("/imports/real/" + resource)) {
      Files.copy(in, file);
    }
    var read = readFile(file);
    assertThat(read.result().kind()).isEqualTo(FileKind.VCF);
    return read.rows();
  }

  private record Read(SheetReader.Result result, List<List<String>> rows) {}

  private static Read readFile(Path file) {
    var rows = new ArrayList<List<String>>();
    var result =
        SheetReader.read(
            file,
            file.getFileName().toString(),
            (n, cells) -> rows.add(List.copyOf(cells)),
            ReadLimits.DEFAULT);
    return new Read(result, rows);
  }

  private static String cell(List<String> row, String column) {
    return row.get(VcfSheetReader.HEADER.indexOf(column));
  }

  @Test
  void readsVersion21WithQuotedPrintableAndFoldedLines() throws IOException {
    var rows = read("outlook-2.1-quoted-printable.vcf");

    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo(VcfSheetReader.HEADER);
    var juergen = rows.get(1);
    assertThat(cell(juergen, "First Name")).isEqualTo("Jürgen");
    assertThat(cell(juergen, "Last Name")).isEqualTo("Müller");
    assertThat(cell(juergen, "Title")).isEqualTo("Dr.");
    assertThat(cell(juergen, "Company")).isEqualTo("Müller & Söhne GmbH");
    assertThat(cell(juergen, "Job Title")).isEqualTo("Geschäftsführer");
    assertThat(cell(juergen, "E-mail Address")).isEqualTo("juergen.mueller@example.de");
    assertThat(cell(juergen, "E-mail 2 Address")).isEqualTo("j.mueller@privat.example");
    assertThat(cell(juergen, "Business Phone")).isEqualTo("+49 30 1234567");
    assertThat(cell(juergen, "Mobile Phone")).isEqualTo("0171 2345678");
    assertThat(cell(juergen, "Business Street")).isEqualTo("Hauptstraße 5");
    assertThat(cell(juergen, "Business Postal Code")).isEqualTo("10115");
    assertThat(cell(juergen, "Notes"))
        .isEqualTo("Met at the Frankfurt fair; prefers letters\r\nand calls on Tuesdays.");
    assertThat(cell(rows.get(2), "Notes")).isEqualTo("A note folded over two lines");
    assertThat(cell(rows.get(2), "First Name")).isEqualTo("Amélie");
  }

  @Test
  void readsSeveralVersion40CardsWithThePreferredEmailFirstAndTheFourthInTheNotes()
      throws IOException {
    var rows = read("apple-4.0-several.vcf");

    assertThat(rows).hasSize(4);
    var ada = rows.get(1);
    assertThat(cell(ada, "E-mail Address")).isEqualTo("ada@analytical.example");
    assertThat(cell(ada, "E-mail 2 Address")).isEqualTo("ada.lovelace@home.example");
    assertThat(cell(ada, "Mobile Phone")).isEqualTo("+44-20-7946-0958");
    assertThat(cell(ada, "Home Postal Code")).isEqualTo("SW1Y 4JH");
    assertThat(cell(ada, "Categories")).isEqualTo("Clients, VIP");
    assertThat(cell(rows.get(2), "Middle Name")).isEqualTo("Brewster");
    var charles = rows.get(3);
    assertThat(cell(charles, "E-mail 3 Address")).isEqualTo("babbage@royal-society.example");
    assertThat(cell(charles, "Notes")).isEqualTo("Email: fourth@babbage.example");
  }

  @Test
  void takesThePreferredPhoneAsThePrimaryAndKeepsFaxAndPagerNumbersInTheNotes() throws IOException {
    var john = read("ios-5-ezvcard.vcf").get(1);

    // the preferred number (TEL;type=CELL;type=VOICE;type=pref) is the primary one
    assertThat(cell(john, "Primary Phone")).isEqualTo("905-555-1234");
    assertThat(cell(john, "Mobile Phone")).isEmpty();
    assertThat(cell(john, "Business Phone")).isEqualTo("905-777-1234");
    assertThat(cell(john, "Home Phone")).isEqualTo("905-666-1234");
    assertThat(cell(john, "Other Phone")).isEqualTo("905-222-1234");
    assertThat(cell(john, "Notes"))
        .isEqualTo("Fax: 905-888-1234\nFax: 905-999-1234\nPager: 905-111-1234");
  }

  @Test
  void keepsTheExtendedAddressAndPostOfficeBoxOfAnAddress() throws IOException {
    var gmail = read("gmail-3.0-ezvcard.vcf").get(1);
    assertThat(cell(gmail, "Home Street"))
        .isEqualTo(
            "Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\n"
                + "United States of America");
    assertThat(cell(gmail, "Home Street 2")).isEmpty();

    var evolution = read("evolution-3.0-ezvcard.vcf").get(1);
    assertThat(cell(evolution, "Home Street")).isEqualTo("15 Crescent moon drive");
    assertThat(cell(evolution, "Home Street 2")).isEqualTo("ASB-123");
    assertThat(cell(evolution, "Home City")).isEqualTo("Albaney");
  }

  /** A vCard file written here. */
  private Path written(String name, String card) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, card, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void readsQuotedPrintableValuesWithoutACharsetInTheCodePageTheyLookLikeAndSaysSo()
      throws IOException {
    Path file =
        written(
            "central-european.vcf",
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Kowalski;Pawe=B3\r\n"
                + "FN;ENCODING=QUOTED-PRINTABLE:Pawe=B3 Kowalski\r\n"
                + "EMAIL;INTERNET:pawel@firma.example\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Piotr\r\n"
                + "FN;ENCODING=QUOTED-PRINTABLE:Piotr Iksi=F1ski\r\n"
                + "EMAIL;INTERNET:piotr@firma.example\r\nEND:VCARD\r\n");
    var read = readFile(file);
    var rows = read.rows();
    var result = read.result();

    // As a Polish mail client without a CHARSET writes them: 0xB3 is ł and 0xF1 is ń in the
    // Central European code pages.
    assertThat(cell(rows.get(1), "First Name")).isEqualTo("Paweł");
    assertThat(cell(rows.get(2), "Last Name")).isEqualTo("Iksiński");
    assertThat(cell(rows.get(2), "Full Name")).isEqualTo("Piotr Iksiński");
    assertThat(result.encoding().charset().name()).isIn("ISO-8859-2", "windows-1250");
    assertThat(result.encoding().note()).contains("name no encoding");
  }

  @Test
  void readsACompanysCardAsACompanyNotAsAPersonNamedAfterIt() throws IOException {
    Path file =
        written(
            "company.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Harbour Trust AG\r\n"
                + "ORG:Harbour Trust AG;\r\nX-ABShowAs:COMPANY\r\n"
                + "ADR;TYPE=WORK:;;Seestrasse 12;Zürich;;8002;Switzerland\r\n"
                + "END:VCARD\r\n");
    var rows = readFile(file).rows();

    assertThat(cell(rows.get(1), "Full Name")).isEmpty();
    assertThat(cell(rows.get(1), "Company")).isEqualTo("Harbour Trust AG");
    assertThat(cell(rows.get(1), "Business City")).isEqualTo("Zürich");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-16"})
  void readsAUtf16CardWithOrWithoutItsByteOrderMark(String charsetName) throws IOException {
    // Java's "UTF-16" writes a big-endian byte order mark; the other two write none.
    String card =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kowalczyk;Zoë;;;\r\nFN:Zoë Kowalczyk\r\n"
            + "EMAIL;TYPE=INTERNET:zoe.kowalczyk@example.pl\r\nTEL;TYPE=CELL:+48 601 234 567\r\n"
            + "END:VCARD\r\n";
    Path file = dir.resolve("utf16.vcf");
    Files.write(file, card.getBytes(java.nio.charset.Charset.forName(charsetName)));
    var read = readFile(file);
    var rows = read.rows();

    assertThat(read.result().kind()).isEqualTo(FileKind.VCF);
    assertThat(rows).hasSize(2);
    assertThat(cell(rows.get(1), "First Name")).isEqualTo("Zoë");
    assertThat(cell(rows.get(1), "Last Name")).isEqualTo("Kowalczyk");
    assertThat(cell(rows.get(1), "E-mail Address")).isEqualTo("zoe.kowalczyk@example.pl");
    assertThat(cell(rows.get(1), "Mobile Phone")).isEqualTo("+48 601 234 567");
  }
}
