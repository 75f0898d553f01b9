package dev.steward.reports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Names made from what users typed (a campaign's name), made safe for where they go: a file name on any system and
 * in a Content-Disposition header (RFC 6266), and an Excel sheet name.
 */
final class SafeNames {

  private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\u2028\\u2029]+");
  private static final Pattern NOT_IN_SHEET_NAMES = Pattern.compile("[\\\\/:*?\\[\\]\\p{Cntrl}]+");
  private static final Pattern RESERVED = Pattern.compile("(?i)^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$");
  static final int MAX_FILE_NAME = 150;

  private SafeNames() {}

  /**
   * A file name: characters that no file system or header allows become spaces, runs of spaces one, leading and
   * trailing dots and spaces go, and it keeps at most 150 characters before {@code extension}.
   */
  static String fileName(String base, String extension) {
    String name = NOT_IN_FILE_NAMES.matcher(base == null ? "" : base).replaceAll(" ");
    name = name.replaceAll("\\s+", " ").strip().replaceAll("^[.\\s]+|[.\\s]+$", "");
    if (name.codePointCount(0, name.length()) > MAX_FILE_NAME) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME)).strip();
    }
    if (name.isEmpty() || RESERVED.matcher(name).matches()) {
      name = "Report" + (name.isEmpty() ? "" : " " + name);
    }
    return name + extension;
  }

  /** A Content-Disposition value with an ASCII {@code filename} for old clients and the exact {@code filename*}. */
  static String contentDisposition(String fileName) {
    String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** An Excel sheet name: at most 31 characters, none of \ / : * ? [ ], not starting or ending with an apostrophe. */
  static String sheetName(String name) {
    String safe = NOT_IN_SHEET_NAMES.matcher(name == null ? "" : name).replaceAll(" ").replaceAll("\\s+", " ").strip();
    safe = safe.replaceAll("^'+|'+$", "").strip();
    if (safe.length() > 31) {
      safe = safe.substring(0, 31).strip();
    }
    return safe.isEmpty() || safe.equalsIgnoreCase("History") ? "Report" : safe;
  }
}
