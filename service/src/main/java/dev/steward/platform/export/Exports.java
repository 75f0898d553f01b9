package dev.steward.platform.export;

import dev.steward.platform.SafeNames;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Writes a feature's list as an xlsx, CSV or PDF file. The feature gives the columns and streams
 * the rows from inside its own transaction (row-level security needs the firm there); the file is
 * written to a temporary file in that transaction, then sent after it with {@link
 * ExportedFile#toResponse()}, so that a failure before the first byte is still a problem-details
 * answer. Each export publishes {@link DataExported} for the audit log.
 */
@Service
public class Exports {

  private final ExportSettings settings;
  private final PdfTable pdf;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Exports(ExportSettings settings, PdfTable pdf, ApplicationEventPublisher events) {
    this.settings = settings;
    this.pdf = pdf;
    this.events = events;
    this.clock = Clock.system(settings.timeZone());
  }

  /** Writes the export; call it inside the transaction that reads the rows. */
  public <T> ExportedFile write(ExportFormat format, ExportTable<T> table, ExportRows<T> rows)
      throws IOException {
    ZonedDateTime now = ZonedDateTime.now(clock);
    Path file = Files.createTempFile("steward-export-", "." + format.extension());
    Written written;
    try (var out = new BufferedOutputStream(Files.newOutputStream(file))) {
      written =
          switch (format) {
            case XLSX -> XlsxTable.write(table, rows, out, settings.timeZone());
            case CSV -> CsvTable.write(table, rows, out, settings.timeZone());
            case PDF -> pdf.write(table, rows, out, now, settings.pdfMaxRows());
          };
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(file);
      throw e;
    }
    String fileName =
        SafeNames.fileName(table.title() + " " + now.toLocalDate(), format.extension());
    events.publishEvent(
        new DataExported(
            table.entityType(),
            table.entityId(),
            table.title(),
            format,
            table.filters(),
            written.rows(),
            written.cut(),
            fileName));
    return new ExportedFile(file, fileName, format.mediaType(), written.rows(), written.cut());
  }
}
