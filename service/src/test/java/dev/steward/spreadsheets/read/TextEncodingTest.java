package dev.steward.spreadsheets.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files in the encodings real exports come in, each read back to the very characters that were
 * written.
 */
class TextEncodingTest {

  @TempDir Path dir;

  static Stream<Arguments> exports() {
    return Stream.of(
        Arguments.of(
            "windows-1250",
            List.of(
                "Łukasz,Wójcik,Łódź,lukasz@example.pl",
                "Zofia,Żółkiewska,Kraków,zofia@example.pl",
                "Jiří,Dvořák,Brno,jiri@example.cz")),
        Arguments.of(
            "windows-1251",
            List.of(
                "Иван,Петров,Москва,ivan@example.ru",
                "Мария,Смирнова,Санкт-Петербург,maria@example.ru",
                "Алексей,Кузнецов,Новосибирск,alex@example.ru")),
        Arguments.of(
            "windows-1252",
            List.of(
                "José,Muñoz,Málaga,jose@example.es",
                "François,Lefèvre,Besançon,francois@example.fr",
                "Jürgen,Müller,Köln,juergen@example.de")),
        Arguments.of(
            "ISO-8859-15",
            List.of(
                "Šárka,Novák,Paris,sarka@example.fr",
                "Œdipe,Žužek,Lyon,oedipe@example.fr",
                "Zoë,Lefèvre,Besançon,zoe@example.fr")),
        Arguments.of(
            "x-MacRoman",
            List.of(
                "René,Müller,Zürich,rene@example.ch",
                "Françoise,Dupré,Genève,francoise@example.ch",
                "Jürgen,Bäcker,Köln,juergen@example.de")),
        Arguments.of(
            "UTF-16LE",
            List.of("Ada,Lovelace,London,ada@example.org", "Zoë,Müller,Köln,zoe@example.de")),
        Arguments.of(
            "UTF-16BE",
            List.of("Ada,Lovelace,London,ada@example.org", "Иван,Петров,Москва,ivan@example.ru")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void readsAnExportInItsOwnEncodingWithoutABom(String charsetName, List<String> lines)
      throws IOException {
    var charset = Charset.forName(charsetName);
    var text = "First Name,Last Name,City,Email\n" + String.join("\n", lines) + "\n";
    var file = write(text.getBytes(charset));

    var encoding = TextEncoding.detect(file);

    assertThat(encoding.clean()).isTrue();
    assertThat(encoding.note()).isNull();
    assertThat(new String(Files.readAllBytes(file), encoding.charset())).isEqualTo(text);
    assertThat(readRows(file)).contains(List.of(lines.get(lines.size() - 1).split(",")));
  }

  @Test
  void aUtf8BomOverLatin1BytesIsNotBelievedAndTheUserIsTold() throws IOException {
    var out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write(
        "First Name,Last Name\nRenée,Dubois\nJosé,Muñoz\n".getBytes(StandardCharsets.ISO_8859_1));
    var file = write(out.toByteArray());

    var encoding = TextEncoding.detect(file);

    assertThat(encoding.clean()).isTrue();
    assertThat(encoding.bomLength()).isEqualTo(3);
    // Latin-1 and its superset Windows-1252 read these bytes alike.
    assertThat(encoding.charset().name()).isIn("windows-1252", "ISO-8859-1");
    assertThat(encoding.note()).contains("UTF-8 mark").contains(encoding.charset().name());
    var rows = readRows(file);
    assertThat(rows)
        .containsExactly(
            List.of("First Name", "Last Name"),
            List.of("Renée", "Dubois"),
            List.of("José", "Muñoz"));
    assertThat(String.join("", rows.stream().flatMap(List::stream).toList()))
        .doesNotContain("\uFFFD");
  }

  @Test
  void aTrueUtf8BomIsBelieved() throws IOException {
    var out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write("Name\nZoë\n".getBytes(StandardCharsets.UTF_8));
    var encoding = TextEncoding.detect(write(out.toByteArray()));

    assertThat(encoding.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(encoding.bomLength()).isEqualTo(3);
    assertThat(encoding.note()).isNull();
  }

  @Test
  void bytesNoCandidateReadsWholeAreReadButSaidToBeUnclean() throws IOException {
    // 0x81 and 0x8D are no characters in Windows-1252, C1 controls in ISO-8859-x; Mac Roman has no
    // such gaps, so the
    // byte values are chosen to be read by none of the Latin candidates either: a lone 0x98 0x81
    // 0x8D 0x90 0x9D run
    // between letters reads oddly in all of them, and Windows-1252 cannot read it at all.
    var text =
        new byte[] {
          'N',
          'a',
          'm',
          'e',
          '\n',
          'A',
          (byte) 0x81,
          (byte) 0x8D,
          (byte) 0x90,
          (byte) 0x9D,
          'b',
          '\n'
        };
    var chosen = TextEncoding.chosen(write(text), Charset.forName("windows-1252"));

    assertThat(chosen.clean()).isFalse();
    assertThat(chosen.note()).contains("Pick another encoding");
  }

  @Test
  void theUsersChoiceIsReadAsChosen() throws IOException {
    var file = write("Name\nИван\n".getBytes(Charset.forName("KOI8-R")));
    var chosen = TextEncoding.chosen(file, TextEncoding.named("KOI8-R"));

    assertThat(chosen.clean()).isTrue();
    assertThat(new String(Files.readAllBytes(file), chosen.charset())).contains("Иван");
  }

  @Test
  void utf16WithoutBomIsTextNotBinary() throws IOException {
    byte[] bytes = "First Name,Email\nAda,ada@example.org\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(FileKind.detect(bytes, bytes.length, "contacts.csv")).isEqualTo(FileKind.CSV);
  }

  private Path write(byte[] bytes) throws IOException {
    Path file = Files.createTempFile(dir, "export", ".csv");
    Files.write(file, bytes);
    return file;
  }

  private List<List<String>> readRows(Path file) {
    var rows = new ArrayList<List<String>>();
    SheetReader.read(
        file, "export.csv", (n, cells) -> rows.add(List.copyOf(cells)), ReadLimits.DEFAULT);
    return rows;
  }
}
