package dev.steward.platform;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Names made from users' text that Excel, file systems and browsers accept: sheet names, file names
 * (and their {@code Content-Disposition}) and defined names. {@link CellText} guards the cells
 * themselves.
 */
public final class SafeNames {

  /** Excel's longest sheet name. */
  public static final int SHEET_NAME_MAX = 31;

  private static final String SHEET_NAME_FORBIDDEN = "[]:*?/\\";
  private static final String FILE_NAME_FORBIDDEN = "<>:\"/\\|?*";
  private static final int FILE_NAME_MAX_BYTES = 200;
  private static final int DEFINED_NAME_MAX = 255;
  private static final Set<String> WINDOWS_DEVICES =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  /**
   * A1-style references up to Excel's last column (XFD), and R1C1-style ones: neither may be a
   * defined name.
   */
  private static final Pattern CELL_REFERENCE =
      Pattern.compile("(?i)[a-z]{1,3}\\d+|r\\d*c\\d*|r\\d*|c\\d*");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SafeNames() {}

  /**
   * A sheet name Excel accepts: at most 31 characters, none of {@code [ ] : * ? / \} (each becomes
   * {@code _}), no control characters, no apostrophe at either end, not blank ({@code fallback}
   * then) and not {@code History}, which Excel keeps for itself.
   */
  public static String sheetName(String wanted, String fallback) {
    String name = clean(wanted, SHEET_NAME_FORBIDDEN, '_');
    name = stripEnds(name, "' ");
    name = cut(name, SHEET_NAME_MAX);
    name = stripEnds(name, "' ");
    if (name.isEmpty()) {
      name = fallback == null || fallback.isBlank() ? "Sheet" : sheetName(fallback, "Sheet");
    }
    if (name.equalsIgnoreCase("History")) {
      name = name + " sheet";
    }
    return name;
  }

  /**
   * A sheet name as {@link #sheetName(String, String)}, and unlike each of {@code taken} (Excel
   * compares them without case): a clash gets " (2)", " (3)"..., cut to fit.
   */
  public static String sheetName(String wanted, String fallback, Collection<String> taken) {
    Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    used.addAll(taken);
    String name = sheetName(wanted, fallback);
    for (int n = 2; used.contains(name); n++) {
      String suffix = " (" + n + ")";
      name =
          stripEnds(cut(sheetName(wanted, fallback), SHEET_NAME_MAX - suffix.length()), "' ")
              + suffix;
    }
    return name;
  }

  /**
   * A file name that is safe on Windows, macOS and Linux and in a download: no control or
   * direction-changing characters, none of {@code < > : " / \ | ? *} (each becomes {@code _}), no
   * leading dot, no trailing dot or space, not a Windows device name, at most 200 bytes before the
   * extension; "export" when nothing is left.
   *
   * @param extension the extension without its dot ({@code xlsx}); letters and digits only
   */
  public static String fileName(String wanted, String extension) {
    String name = clean(wanted, FILE_NAME_FORBIDDEN, '_');
    name = stripEnds(name, ". ");
    name = cutBytes(name, FILE_NAME_MAX_BYTES);
    name = stripEnds(name, ". ");
    if (name.isEmpty()) {
      name = "export";
    }
    String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    if (WINDOWS_DEVICES.contains(stem.trim().toUpperCase(Locale.ROOT))) {
      name = "_" + name;
    }
    String ext =
        extension == null ? "" : extension.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    return ext.isEmpty() ? name : name + "." + ext;
  }

  /**
   * A {@code Content-Disposition} header for a download of {@code fileName} (RFC 6266): an ASCII
   * {@code filename} for old clients, and the exact name, UTF-8 and percent-encoded, as {@code
   * filename*}, which clients prefer.
   */
  public static String attachment(String fileName) {
    String safe = fileName(fileName, null);
    return "attachment; filename=\""
        + asciiFallback(safe)
        + "\"; filename*=UTF-8''"
        + percentEncode(safe);
  }

  /**
   * A name Excel accepts for a defined name (a named range or table): letters, digits, underscores
   * and dots, starting with a letter or an underscore, not like a cell reference ({@code A1},
   * {@code R1C1}, {@code R}, {@code C}), at most 255 characters. Other characters become {@code _};
   * a name that would break a rule starts with {@code _}.
   */
  public static String definedName(String wanted) {
    String text = wanted == null ? "" : Normalizer.normalize(wanted.strip(), Normalizer.Form.NFC);
    StringBuilder name = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              boolean allowed = Character.isLetterOrDigit(cp) || cp == '_' || cp == '.';
              name.appendCodePoint(allowed ? cp : '_');
            });
    if (name.isEmpty()) {
      return "_";
    }
    int first = name.codePointAt(0);
    if (!(Character.isLetter(first) || first == '_') || CELL_REFERENCE.matcher(name).matches()) {
      name.insert(0, '_');
    }
    return cut(name.toString(), DEFINED_NAME_MAX);
  }

  /**
   * Drops control and format characters, turns {@code forbidden} into {@code replacement}, folds
   * white space.
   */
  private static String clean(String wanted, String forbidden, char replacement) {
    if (wanted == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Normalizer.normalize(wanted, Normalizer.Form.NFC)
        .codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
              } else if (type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.UNASSIGNED
                  || type == Character.PRIVATE_USE
                  || type == Character.SURROGATE) {
                // Left out: invisible, or able to reverse how the rest of the name reads.
                return;
              } else if (cp < 0x80 && forbidden.indexOf(cp) >= 0) {
                out.append(replacement);
              } else {
                out.appendCodePoint(cp);
              }
            });
    return SPACES.matcher(out).replaceAll(" ").strip();
  }

  private static String stripEnds(String text, String chars) {
    int start = 0;
    int end = text.length();
    while (start < end && chars.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && chars.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(start, end);
  }

  /** At most {@code max} UTF-16 units, never splitting a surrogate pair. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end).stripTrailing();
  }

  private static String cutBytes(String text, int maxBytes) {
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > maxBytes) {
        break;
      }
      out.appendCodePoint(cp);
      bytes += size;
      i += Character.charCount(cp);
    }
    return out.toString().stripTrailing();
  }

  /** The name in printable ASCII: accents dropped ("é" to "e"), anything else, and "%", as "_". */
  private static String asciiFallback(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder();
    plain
        .codePoints()
        .forEach(
            cp ->
                out.append(
                    cp >= 0x20 && cp < 0x7f && cp != '%' && cp != '"' && cp != '\\'
                        ? (char) cp
                        : '_'));
    return out.toString();
  }

  /**
   * RFC 8187 value characters: everything but letters, digits and {@code !#$&+-.^_`|~} is
   * percent-encoded.
   */
  private static String percentEncode(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (plain || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
