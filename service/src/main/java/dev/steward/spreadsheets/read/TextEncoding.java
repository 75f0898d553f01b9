package dev.steward.spreadsheets.read;

import com.ibm.icu.text.CharsetDetector;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
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

  static final int SAMPLE_BYTES = 64 * 1024;

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
    int bom = CharsetMarks.bomLength(file, charset);
    boolean clean = CharsetMarks.decodesCleanly(file, bom, charset);
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
    byte[] head = CharsetMarks.head(file);
    Charset bomCharset = CharsetMarks.bomCharset(head);
    String contradicted = null;
    if (bomCharset != null) {
      int bom = bomCharset.equals(StandardCharsets.UTF_8) ? 3 : 2;
      if (CharsetMarks.decodesCleanly(file, bom, bomCharset)) {
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
    Charset utf16 = CharsetMarks.utf16WithoutBom(head, skip);
    if (utf16 != null && CharsetMarks.decodesCleanly(file, skip, utf16)) {
      return new TextEncoding(utf16, skip, true, null);
    }
    if (contradicted == null && CharsetMarks.decodesCleanly(file, 0, StandardCharsets.UTF_8)) {
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

  /**
   * The charset of bytes that carry no charset of their own (a vCard 2.1's quoted-printable values
   * without a CHARSET parameter): UTF-8 when they decode as UTF-8, else the best candidate, as for
   * a file.
   */
  static Charset ofBytes(byte[] bytes) {
    var scan = ByteScan.of(bytes);
    return scan.sampleDecodesCleanly(StandardCharsets.UTF_8)
        ? StandardCharsets.UTF_8
        : choose(scan).charset;
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
              TextOddities.count(new String(bytes.sample(), charset)),
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

  /** The charset's name as the preview shows it. */
  public String name() {
    return charset.name().toLowerCase(Locale.ROOT).startsWith("x-mac")
        ? "x-MacRoman"
        : charset.name();
  }
}
