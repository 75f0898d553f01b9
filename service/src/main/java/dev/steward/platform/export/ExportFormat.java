package dev.steward.platform.export;

import java.util.Locale;
import org.springframework.http.MediaType;

/** The file kinds a list can be exported as. */
public enum ExportFormat {
  /** A workbook written row by row (SXSSF), for any number of rows. */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  /** UTF-8 with a byte-order mark, so that Excel reads accents right. */
  CSV("text/csv;charset=UTF-8"),
  /** An A4 landscape table for reading and printing, cut at a configured number of rows. */
  PDF("application/pdf");

  private final MediaType mediaType;

  ExportFormat(String mediaType) {
    this.mediaType = MediaType.parseMediaType(mediaType);
  }

  public MediaType mediaType() {
    return mediaType;
  }

  /** The file extension, without its dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }
}
