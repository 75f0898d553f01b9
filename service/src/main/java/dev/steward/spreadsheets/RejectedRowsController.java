package dev.steward.spreadsheets;

import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The rows an import rejected, paged for the screen or as a workbook to fix and import again. */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports")
class RejectedRowsController {

  private final RejectedRows rejected;
  private final ImportJobs jobs;

  RejectedRowsController(RejectedRows rejected, ImportJobs jobs) {
    this.rejected = rejected;
    this.jobs = jobs;
  }

  @GetMapping("/{id}/rejected")
  @Operation(
      summary =
          "The rejected rows, paged: each with its sheet row number, the reason and the original cells")
  @Transactional(readOnly = true)
  PageResult<RejectedRows.RejectedRow> rejectedRows(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return rejected.page(jobs.require(id), new PageRequestParams(page, size));
  }

  @GetMapping(path = "/{id}/rejected.xlsx")
  @Operation(
      summary =
          "The rejected rows as an .xlsx: the row number, the original cells and a Reason column")
  @Transactional(readOnly = true)
  ResponseEntity<Resource> rejected(@PathVariable UUID id) throws IOException {
    var job = jobs.require(id);
    // Written inside the transaction (row-level security needs the firm) to a temporary file, then
    // sent from it on this thread (an asynchronous body raced the security headers' writer), the
    // file going when its stream closes.
    var file = Files.createTempFile("steward-rejected-", ".xlsx");
    try (var out = Files.newOutputStream(file)) {
      rejected.write(job, out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return ResponseEntity.ok()
        .contentType(
            MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(RejectedRows.fileName(id)).build().toString())
        .contentLength(Files.size(file))
        .body(
            new InputStreamResource(
                Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE)));
  }
}
