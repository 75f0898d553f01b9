package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * OpenDocument spreadsheets written by hand, for what LibreOffice never writes: hostile counts and
 * zip bombs, and text markup its own import of a flat file drops ({@code text:tab}, {@code
 * text:line-break}). The real files, made by LibreOffice, are under {@code /imports/ods/}.
 */
public final class OdsFiles {

  private OdsFiles() {}

  private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

  private static final String START =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
      xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
      xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
      xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3">\
      <office:body><office:spreadsheet><table:table table:name="Sheet1">""";

  private static final String END =
      "</table:table></office:spreadsheet></office:body></office:document-content>";

  /** A one-sheet spreadsheet whose table holds {@code rows} (table-row elements). */
  public static Path withRows(Path file, String rows) {
    return write(
        file, MIMETYPE, out -> out.write((START + rows + END).getBytes(StandardCharsets.UTF_8)));
  }

  /** An OpenDocument file of another kind ({@code mimetype}), with a table all the same. */
  public static Path ofKind(Path file, String mimetype) {
    return write(file, mimetype, out -> out.write((START + END).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A spreadsheet whose content.xml pads its table with {@code megabytes} of blanks between rows,
   * which deflate a thousand to one: small on disk, a zip bomb once unzipped.
   */
  public static Path zipBomb(Path file, int megabytes) {
    return write(
        file,
        MIMETYPE,
        out -> {
          out.write(
              (START
                      + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Email"
                      + "</text:p></table:table-cell></table:table-row>")
                  .getBytes(StandardCharsets.UTF_8));
          byte[] blanks = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < megabytes; i++) {
            out.write(blanks);
          }
          out.write(END.getBytes(StandardCharsets.UTF_8));
        });
  }

  /**
   * A spreadsheet saved with a password, as its manifest tells: its content.xml is not XML but
   * ciphertext.
   */
  public static Path encrypted(Path file) {
    String manifest =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
        manifest:version="1.3"><manifest:file-entry manifest:full-path="/" \
        manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" \
        manifest:size="8010"><manifest:encryption-data manifest:checksum-type="SHA1/1K" \
        manifest:checksum="c2VjcmV0"><manifest:algorithm \
        manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" \
        manifest:initialisation-vector="c2VjcmV0"/></manifest:encryption-data>\
        </manifest:file-entry></manifest:manifest>""";
    return write(
        file,
        MIMETYPE,
        out -> {
          var random = new java.util.Random(15);
          byte[] ciphertext = new byte[8010];
          random.nextBytes(ciphertext);
          out.write(ciphertext);
        },
        manifest);
  }

  /**
   * A copy of {@code source} whose settings.xml names {@code activeTable} as the sheet open when it
   * was saved, as LibreOffice writes it (its headless conversion writes no view settings).
   */
  public static Path withActiveTable(Path source, Path file, String activeTable) {
    String settings =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3">\
        <office:settings><config:config-item-set config:name="ooo:view-settings">\
        <config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>\
        <config:config-item config:name="ViewId" config:type="string">view1</config:config-item>\
        <config:config-item config:name="ActiveTable" config:type="string">%s</config:config-item>\
        </config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>\
        </office:settings></office:document-settings>"""
            .formatted(activeTable);
    try (var zip = new ZipFile(source.toFile());
        var out = new ZipOutputStream(Files.newOutputStream(file))) {
      for (var entries = zip.entries(); entries.hasMoreElements(); ) {
        var entry = entries.nextElement();
        if (entry.getName().equals("settings.xml")) {
          continue;
        }
        out.putNextEntry(new ZipEntry(entry));
        try (var in = zip.getInputStream(entry)) {
          in.transferTo(out);
        }
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("settings.xml"));
      out.write(settings.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Content {
    void write(OutputStream out) throws IOException;
  }

  private static Path write(Path file, String mimetype, Content content) {
    return write(file, mimetype, content, null);
  }

  private static Path write(Path file, String mimetype, Content content, String manifest) {
    try (var zip = new ZipOutputStream(Files.newOutputStream(file))) {
      // As the OpenDocument package format asks: the mimetype first, stored uncompressed.
      byte[] kind = mimetype.getBytes(StandardCharsets.US_ASCII);
      var entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(kind.length);
      var crc = new CRC32();
      crc.update(kind);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(kind);
      zip.closeEntry();
      if (manifest != null) {
        zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
        zip.write(manifest.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("content.xml"));
      content.write(zip);
      zip.closeEntry();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
