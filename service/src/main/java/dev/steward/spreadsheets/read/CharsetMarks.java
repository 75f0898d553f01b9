package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a file's bytes say about its charset for certain: a byte order mark, UTF-16's NULs, and
 * whether the whole file decodes cleanly in a charset.
 */
final class CharsetMarks {

  private CharsetMarks() {}

  static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(TextEncoding.SAMPLE_BYTES);
    }
  }

  static Charset bomCharset(byte[] head) {
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  static int bomLength(Path file, Charset charset) throws IOException {
    Charset bom = bomCharset(head(file));
    if (bom == null) {
      return 0;
    }
    boolean sameFamily =
        bom.equals(charset)
            || (charset.name().equals("UTF-16") && !bom.equals(StandardCharsets.UTF_8));
    return sameFamily ? (bom.equals(StandardCharsets.UTF_8) ? 3 : 2) : 0;
  }

  /** UTF-16 without a BOM: most of the characters are ASCII, so one byte of each pair is a NUL. */
  static Charset utf16WithoutBom(byte[] head, int skip) {
    int pairs = (head.length - skip) / 2;
    if (pairs < 2) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = skip; i + 1 < head.length; i += 2) {
      if (head[i] == 0) {
        evenZeros++;
      }
      if (head[i + 1] == 0) {
        oddZeros++;
      }
    }
    if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Whether a head of bytes is UTF-16 text without a BOM, so that its NULs do not make it binary.
   */
  static boolean looksLikeUtf16(byte[] head, int length) {
    return utf16WithoutBom(Arrays.copyOf(head, length - length % 2), 0) != null;
  }

  // The whole file is checked: accents often first appear far below the header.
  static boolean decodesCleanly(Path file, int skip, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    try (var channel = Files.newByteChannel(file)) {
      channel.position(skip);
      while (channel.read(in) >= 0) {
        in.flip();
        CoderResult result = decoder.decode(in, out, false);
        if (result.isError()) {
          return false;
        }
        out.clear();
        in.compact();
      }
      in.flip();
      return !decoder.decode(in, out, true).isError() && !decoder.flush(out).isError();
    }
  }
}
