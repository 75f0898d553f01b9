package dev.steward.platform.export;

import dev.steward.platform.CellText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A written export, in a temporary file until it is sent.
 *
 * @param fileName the name a person would keep ("Contacts 2026-12-05.xlsx")
 * @param rows how many rows it holds
 * @param cut whether rows were left out (a PDF past its limit)
 */
public record ExportedFile(Path path, String fileName, MediaType mediaType, long rows, boolean cut) {

  /**
   * The download: the file streamed as the body, deleted once sent, named by {@code Content-Disposition}
   * ({@link CellText#attachment(String)}).
   */
  public ResponseEntity<StreamingResponseBody> toResponse() {
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(mediaType)
        .contentLength(size)
        .header(HttpHeaders.CONTENT_DISPOSITION, CellText.attachment(fileName))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(stream -> {
          try {
            Files.copy(path, stream);
          } finally {
            Files.deleteIfExists(path);
          }
        });
  }
}
