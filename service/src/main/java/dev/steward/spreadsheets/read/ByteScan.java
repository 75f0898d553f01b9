package dev.steward.spreadsheets.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One pass over the file: which byte values it holds, and a sample of its lines that hold non-ASCII
 * bytes (those are the lines that tell one charset from another).
 */
record ByteScan(boolean[] present, byte[] sample) {

  static ByteScan of(Path file, int skip) throws IOException {
    boolean[] present = new boolean[256];
    var sample = new ByteArrayOutputStream();
    var line = new ByteArrayOutputStream();
    boolean high = false;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      in.skipNBytes(skip);
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          int b = buffer[i] & 0xFF;
          present[b] = true;
          if (sample.size() >= TextEncoding.SAMPLE_BYTES) {
            continue;
          }
          if (line.size() < 4096) {
            line.write(b);
          }
          high |= b >= 0x80;
          if (b == '\n') {
            if (high) {
              line.writeTo(sample);
            }
            line.reset();
            high = false;
          }
        }
      }
    }
    if (high && sample.size() < TextEncoding.SAMPLE_BYTES) {
      line.writeTo(sample);
    }
    return new ByteScan(present, sample.toByteArray());
  }

  /** The same scan of bytes already in memory (a vCard's quoted-printable values, decoded). */
  static ByteScan of(byte[] bytes) {
    boolean[] present = new boolean[256];
    for (byte b : bytes) {
      present[b & 0xFF] = true;
    }
    return new ByteScan(
        present, java.util.Arrays.copyOf(bytes, Math.min(bytes.length, TextEncoding.SAMPLE_BYTES)));
  }

  /**
   * Whether every byte value the file holds is a printable character (or a line break or tab) in a
   * 1-byte charset.
   */
  boolean cleanIn(Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    for (int b = 0x80; b < 256; b++) {
      if (!present[b]) {
        continue;
      }
      try {
        String decoded = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
        if (decoded.isEmpty()
            || Character.isISOControl(decoded.charAt(0))
            || decoded.charAt(0) == '\uFFFD') {
          return false;
        }
      } catch (CharacterCodingException e) {
        return false;
      }
    }
    return true;
  }

  boolean sampleDecodesCleanly(Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(sample));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
