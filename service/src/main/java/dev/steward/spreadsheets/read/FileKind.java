package dev.steward.spreadsheets.read;

import java.util.Locale;

/**
 * What a file is, told from its bytes and never from its name: a zip is an xlsx, unless its {@code
 * mimetype} entry says it is an OpenDocument spreadsheet (.ods); an OLE2 compound document is an
 * xls (or an encrypted xlsx, which Office wraps in OLE2), text that begins with a vCard is vCard,
 * anything else is read as CSV.
 */
public enum FileKind {
  CSV,
  XLSX,
  XLS,
  /** OpenDocument spreadsheets (.ods), LibreOffice's own format. */
  ODS,
  /** vCard contacts (.vcf), read card by card as rows. */
  VCF,
  /** Rows posted as JSON by the Excel pane. */
  ROWS;

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] EMPTY_ZIP = {0x50, 0x4B, 0x05, 0x06};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";
  private static final String ODS_MIMETYPE = OPEN_DOCUMENT + "spreadsheet";

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FileKind of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }

  /**
   * The kind of a file from its first bytes; {@code fileName} only words the refusal of a file
   * whose extension promises something else.
   */
  public static FileKind detect(byte[] head, int length, String fileName) {
    String extension = extension(fileName);
    if (length == 0) {
      throw new UnreadableFileException("empty-file", "The file is empty.");
    }
    if (startsWith(head, length, ZIP)) {
      return startsLikeOds(head, length) ? ODS : XLSX;
    }
    if (startsWith(head, length, EMPTY_ZIP)) {
      return XLSX;
    }
    if (startsWith(head, length, OLE2)) {
      return XLS;
    }
    if (looksBinary(head, length)) {
      throw new UnreadableFileException(
          "not-a-spreadsheet",
          "The file"
              + (extension.isEmpty() ? "" : " (." + extension + ")")
              + " is neither an Excel workbook nor a CSV text file. Save it from Excel as .xlsx or .csv.");
    }
    if (startsLikeVcard(head, length)) {
      return VCF;
    }
    if (extension.equals("xlsx")
        || extension.equals("xls")
        || extension.equals("xlsm")
        || extension.equals("ods")) {
      throw new UnreadableFileException(
          "not-a-spreadsheet",
          "The file is named ."
              + extension
              + " but holds text, not an Excel workbook. If it is a CSV export, rename it to .csv; otherwise save it again"
              + " from Excel.");
    }
    return CSV;
  }

  /**
   * What a zip holds: an OpenDocument package names its kind in a {@code mimetype} entry (a
   * spreadsheet, or a spreadsheet template); an Office Open XML one has none. A zip that does not
   * open is left to the xlsx reader, which words why.
   *
   * @throws UnreadableFileException for an OpenDocument file that is not a spreadsheet
   */
  static FileKind ofZip(java.nio.file.Path zipFile) {
    String mimetype;
    try (var zip = new java.util.zip.ZipFile(zipFile.toFile())) {
      var entry = zip.getEntry("mimetype");
      if (entry == null) {
        return XLSX;
      }
      try (var in = zip.getInputStream(entry)) {
        mimetype =
            new String(in.readNBytes(200), java.nio.charset.StandardCharsets.US_ASCII).strip();
      }
    } catch (java.io.IOException e) {
      return XLSX;
    }
    if (mimetype.equals(ODS_MIMETYPE) || mimetype.equals(ODS_MIMETYPE + "-template")) {
      return ODS;
    }
    if (mimetype.startsWith(OPEN_DOCUMENT)) {
      throw new UnreadableFileException(
          "not-a-spreadsheet",
          "The file is an OpenDocument "
              + mimetype.substring(OPEN_DOCUMENT.length())
              + ", not a spreadsheet. Save the sheet from LibreOffice Calc as .ods or .csv.");
    }
    return XLSX;
  }

  /**
   * An OpenDocument package's first zip entry is its {@code mimetype}, stored uncompressed, so the
   * kind shows in the first bytes even of a file cut off on the way ({@link #ofZip} finds it
   * elsewhere in a whole zip).
   */
  private static boolean startsLikeOds(byte[] head, int length) {
    if (length < 30) {
      return false;
    }
    int nameLength = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
    int extraLength = (head[28] & 0xFF) | (head[29] & 0xFF) << 8;
    int data = 30 + nameLength + extraLength;
    if (length < data + ODS_MIMETYPE.length() || nameLength != 8) {
      return false;
    }
    var ascii = java.nio.charset.StandardCharsets.US_ASCII;
    return new String(head, 30, 8, ascii).equals("mimetype")
        && new String(head, data, ODS_MIMETYPE.length(), ascii).equals(ODS_MIMETYPE);
  }

  /**
   * "BEGIN:VCARD" first, after blank lines, in UTF-8 or UTF-16 with or without its byte order mark
   * (Windows writes UTF-16 address books).
   */
  private static boolean startsLikeVcard(byte[] head, int length) {
    byte[] bytes = java.util.Arrays.copyOf(head, length);
    java.nio.charset.Charset charset = CharsetMarks.bomCharset(bytes);
    int start = 0;
    if (charset != null) {
      start = charset.equals(java.nio.charset.StandardCharsets.UTF_8) ? 3 : 2;
    } else {
      charset =
          java.util.Objects.requireNonNullElse(
              CharsetMarks.utf16WithoutBom(bytes, 0), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
    String text = new String(bytes, start, length - start, charset).stripLeading();
    return text.regionMatches(true, 0, "begin:vcard", 0, "begin:vcard".length());
  }

  private static boolean startsWith(byte[] head, int length, byte[] magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  // Text in any of the encodings we read has no NUL bytes, except UTF-16, whose every other byte is
  // one.
  private static boolean looksBinary(byte[] head, int length) {
    if (length >= 2
        && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
            || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
      return false;
    }
    if (CharsetMarks.looksLikeUtf16(head, length)) {
      return false;
    }
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        controls++;
      }
    }
    return controls > length / 20;
  }

  private static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
