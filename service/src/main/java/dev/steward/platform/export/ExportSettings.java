package dev.steward.platform.export;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of exports ({@code steward.export.*}).
 *
 * @param pdfMaxRows the most rows a PDF shows; a PDF is for reading and printing, so a longer list
 *     is cut there and the PDF says so (the xlsx and CSV exports are never cut)
 * @param timeZone the time zone of dates in exports and file names; the machine's own by default
 */
@ConfigurationProperties("steward.export")
public record ExportSettings(Integer pdfMaxRows, ZoneId timeZone) {

  public ExportSettings {
    pdfMaxRows = pdfMaxRows == null ? 5_000 : pdfMaxRows;
    timeZone = timeZone == null ? ZoneId.systemDefault() : timeZone;
    if (pdfMaxRows < 1) {
      throw new IllegalArgumentException(
          "steward.export.pdf-max-rows must be at least 1; it is " + pdfMaxRows);
    }
  }
}
