package dev.steward.spreadsheets.read;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The decoded bytes of a vCard file's quoted-printable values that name no CHARSET, up to a
 * sample's worth: what tells the code page they were written in.
 */
final class QuotedPrintableBytes {

  private QuotedPrintableBytes() {}

  static byte[] withoutCharset(Path file, TextEncoding text) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var in = Files.newInputStream(file)) {
      in.skipNBytes(text.bomLength());
      var lines = new BufferedReader(new InputStreamReader(in, text.charset()));
      boolean continued = false;
      for (String line; (line = lines.readLine()) != null; ) {
        if (bytes.size() >= TextEncoding.SAMPLE_BYTES) {
          break;
        }
        String value;
        if (continued) {
          value = line;
        } else {
          int colon = line.indexOf(':');
          String parameters = colon < 0 ? "" : line.substring(0, colon).toUpperCase(Locale.ROOT);
          if (!parameters.contains("QUOTED-PRINTABLE") || parameters.contains("CHARSET=")) {
            continue;
          }
          value = line.substring(colon + 1);
        }
        // a soft line break: the value goes on on the next line
        continued = value.endsWith("=");
        decode(continued ? value.substring(0, value.length() - 1) : value, bytes);
      }
    }
    return bytes.toByteArray();
  }

  private static void decode(String value, ByteArrayOutputStream bytes) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '=' && isHex(value, i + 1) && isHex(value, i + 2)) {
        bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      }
    }
  }

  private static boolean isHex(String value, int index) {
    return index < value.length() && Character.digit(value.charAt(index), 16) >= 0;
  }
}
