package dev.steward.spreadsheets.read;

import com.ibm.icu.text.CharsetDetector;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The charset of a text file, told from its bytes. A BOM is only believed when the bytes after it
 * decode cleanly in its charset. Without one: UTF-16 when every other byte is a NUL, UTF-8 when the
 * whole file decodes as UTF-8, else the candidate of ICU4J's {@link CharsetDetector} or of the
 * charsets Western, Central European and Cyrillic exports are written in, that decodes every byte
 * the file holds into a letter, digit or ordinary sign, and that reads most like words (no capital
 * in the middle of a lower-case word, no symbol between two letters). When no candidate decodes
 * cleanly, the best one is used and the result says so: the file is never read with silent
 * replacements.
 *
 * @param charset what the file is read with
 * @param bomLength bytes to skip at the start (a BOM that the bytes confirm)
 * @param clean whether every byte decoded into a character
 * @param note what the user should know about the encoding, or null
 */
public record TextEncoding(Charset charset, int bomLength, boolean clean, String note) {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Charsets tried beside the detector's, most common first: the order breaks ties. */
  private static final List<String> FALLBACKS =
      List.of(
          "windows-1252",
          "ISO-8859-15",
          "windows-1250",
          "windows-1251",
          "x-MacRoman",
          "ISO-8859-2",
          "KOI8-R",
          "ISO-8859-1");

  /**
   * The encodings a user may pick when Steward's guess is wrong, as the upload's {@code encoding}
   * parameter.
   */
  public static final List<String> CHOICES =
      List.of(
          "UTF-8",
          "UTF-16LE",
          "UTF-16BE",
          "windows-1252",
          "ISO-8859-1",
          "ISO-8859-15",
          "windows-1250",
          "ISO-8859-2",
          "windows-1251",
          "KOI8-R",
          "x-MacRoman",
          "windows-1253",
          "windows-1254",
          "windows-1257",
          "Shift_JIS",
          "GB18030",
          "Big5");

  private static final int SAMPLE_BYTES = 64 * 1024;

  /** The charset a user named; refused when it is not one Java knows. */
  public static Charset named(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UnreadableFileException(
          "unknown-encoding",
          "'"
              + name
              + "' is not an encoding Steward knows; pick"
              + " one of "
              + String.join(", ", CHOICES)
              + ".");
    }
  }

  /**
   * The file read as the user said; still checked, so that a wrong choice is told rather than
   * imported.
   */
  static TextEncoding chosen(Path file, Charset charset) throws IOException {
    int bom = bomLength(file, charset);
    boolean clean = decodesCleanly(file, bom, charset);
    return new TextEncoding(
        charset,
        bom,
        clean,
        clean
            ? null
            : "Some bytes of the file are not characters in "
                + charset.name()
                + "; they are shown as \uFFFD. Pick another encoding.");
  }

  static TextEncoding detect(Path file) throws IOException {
    byte[] head = head(file);
    Charset bomCharset = bomCharset(head);
    String contradicted = null;
    if (bomCharset != null) {
      int bom = bomCharset.equals(StandardCharsets.UTF_8) ? 3 : 2;
      if (decodesCleanly(file, bom, bomCharset)) {
        return new TextEncoding(bomCharset, bom, true, null);
      }
      contradicted = bomCharset.name();
      if (!bomCharset.equals(StandardCharsets.UTF_8)) {
        return new TextEncoding(
            bomCharset,
            bom,
            false,
            "The file starts with a "
                + contradicted
                + " mark but some of"
                + " its bytes are not "
                + contradicted
                + "; they are shown as \uFFFD. Pick the file's encoding.");
      }
    }
    int skip = contradicted == null ? 0 : 3;
    Charset utf16 = utf16WithoutBom(head, skip);
    if (utf16 != null && decodesCleanly(file, skip, utf16)) {
      return new TextEncoding(utf16, skip, true, null);
    }
    if (contradicted == null && decodesCleanly(file, 0, StandardCharsets.UTF_8)) {
      return new TextEncoding(StandardCharsets.UTF_8, 0, true, null);
    }
    var bytes = ByteScan.of(file, skip);
    var best = choose(bytes);
    String note;
    if (best.clean) {
      note =
          contradicted == null
              ? null
              : "The file starts with a UTF-8 mark but its text is "
                  + best.charset.name()
                  + "; it was read as "
                  + best.charset.name()
                  + ".";
    } else {
      note =
          "Steward could not tell this file's encoding: read as "
              + best.charset.name()
              + ", some characters are"
              + " shown as \uFFFD. Pick the file's encoding.";
    }
    return new TextEncoding(best.charset, skip, best.clean, note);
  }

  private record Candidate(
      Charset charset, boolean clean, int oddities, int confidence, int order) {}

  private static Candidate choose(ByteScan bytes) {
    var detector = new CharsetDetector();
    detector.setText(bytes.sample());
    var matches = detector.detectAll();
    var confidences = new java.util.LinkedHashMap<String, Integer>();
    for (var match : matches == null ? new com.ibm.icu.text.CharsetMatch[0] : matches) {
      confidences.putIfAbsent(match.getName(), match.getConfidence());
    }
    Set<String> names = new LinkedHashSet<>(confidences.keySet());
    names.addAll(FALLBACKS);
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    for (String name : names) {
      Charset charset;
      try {
        charset = Charset.forName(name);
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (charset.equals(StandardCharsets.UTF_8)
          || name.startsWith("UTF-16")
          || name.startsWith("UTF-32")) {
        continue;
      }
      int confidence = confidences.getOrDefault(name, 0);
      boolean singleByte = charset.newEncoder().maxBytesPerChar() <= 1.0f;
      if (!singleByte && confidence < 50) {
        continue;
      }
      boolean clean = singleByte ? bytes.cleanIn(charset) : bytes.sampleDecodesCleanly(charset);
      int index = FALLBACKS.indexOf(name);
      candidates.add(
          new Candidate(
              charset,
              clean,
              oddities(new String(bytes.sample(), charset)),
              confidence,
              index < 0 ? FALLBACKS.size() + order : index));
      order++;
    }
    candidates.sort(
        Comparator.comparing((Candidate c) -> !c.clean)
            .thenComparingInt(Candidate::oddities)
            .thenComparing(Comparator.comparingInt(Candidate::confidence).reversed())
            .thenComparingInt(Candidate::order));
    return candidates.isEmpty() ? new Candidate(WINDOWS_1252, false, 0, 0, 0) : candidates.get(0);
  }

  /**
   * How unlike words the non-ASCII characters read: a capital after a lower-case letter ("MŸller"
   * for Mac Roman's "Müller" read as Windows-1252), a symbol or control between two letters ("Ren¨"
   * for ISO-8859-15's "Renš"), a letter of another script glued to Latin letters.
   */
  static int oddities(String text) {
    int odd = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      if (Character.isLetter(c)) {
        if (Character.isUpperCase(c)
            && Character.isLetter(before)
            && (Character.isLowerCase(before) || Character.isLowerCase(after))) {
          odd++;
        }
        if (Character.isLetter(before) && script(before) != script(c)) {
          odd++;
        }
        if (Character.isLetter(after) && script(after) != script(c)) {
          odd++;
        }
      } else if (Character.isLetter(before) && Character.isLetter(after)) {
        odd += 2;
      } else if (Character.isISOControl(c) || c == '\uFFFD') {
        odd += 2;
      } else if (Character.isLetter(before) || Character.isLetter(after)) {
        odd++;
      }
    }
    return odd;
  }

  private static Character.UnicodeScript script(char c) {
    var script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
        ? Character.UnicodeScript.LATIN
        : script;
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SAMPLE_BYTES);
    }
  }

  private static Charset bomCharset(byte[] head) {
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

  private static int bomLength(Path file, Charset charset) throws IOException {
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
    return utf16WithoutBom(java.util.Arrays.copyOf(head, length - length % 2), 0) != null;
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

  /**
   * One pass over the file: which byte values it holds, and a sample of its lines that hold
   * non-ASCII bytes (those are the lines that tell one charset from another).
   */
  private record ByteScan(boolean[] present, byte[] sample) {

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
            if (sample.size() >= SAMPLE_BYTES) {
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
      if (high && sample.size() < SAMPLE_BYTES) {
        line.writeTo(sample);
      }
      return new ByteScan(present, sample.toByteArray());
    }

    /**
     * Whether every byte value the file holds is a printable character (or a line break or tab) in
     * a 1-byte charset.
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
          String decoded =
              decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
          if (decoded.isEmpty()
              || Character.isISOControl(decoded.charAt(0))
              || decoded.charAt(0) == '\uFFFD') {
            return false;
          }
        } catch (java.nio.charset.CharacterCodingException e) {
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
      } catch (java.nio.charset.CharacterCodingException e) {
        return false;
      }
    }
  }

  /** The charset's name as the preview shows it. */
  public String name() {
    return charset.name().toLowerCase(Locale.ROOT).startsWith("x-mac")
        ? "x-MacRoman"
        : charset.name();
  }
}
