package dev.steward.platform.export;

import dev.steward.platform.CellText;
import dev.steward.platform.SafeNames;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A written export, in a temporary file until it is sent.
 *
 * @param fileName the name a person would keep ("Contacts 2026-12-05.xlsx")
 * @param rows how many rows it holds
 * @param cut whether rows were left out (a PDF past its limit)
 */
public record ExportedFile(
    Path path, String fileName, MediaType mediaType, long rows, boolean cut) {

  /**
   * Sends the file as the response, named by {@code Content-Disposition} ({@link
   * CellText#attachment(String)}), and deletes it. It is sent on the request's own thread, after
   * the export's transaction has ended: nothing is left running once the request is answered, and
   * the file is deleted even when the client goes away.
   */
  public void send(HttpServletResponse response) throws IOException {
    try {
      response.setContentType(mediaType.toString());
      response.setContentLengthLong(Files.size(path));
      response.setHeader(HttpHeaders.CONTENT_DISPOSITION, SafeNames.attachment(fileName));
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      Files.copy(path, response.getOutputStream());
      response.flushBuffer();
    } finally {
      Files.deleteIfExists(path);
    }
  }
}
