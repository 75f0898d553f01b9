package dev.steward.campaigns;

import dev.steward.platform.export.ExportFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A campaign's members as a file, in the members list's order, optionally only those with one response status. */
@RestController
@RequestMapping("/api/campaigns/{id}/contacts")
@Tag(name = "Campaign members")
class MemberExportController {

  private static final String WHAT = """
      Every member (optionally only those with `status`), by name, with contact details, status, response date, how
      it was recorded and notes. Text that a spreadsheet would read as a formula is written as text. The export is
      recorded in the audit log.""";

  private final MemberExports exports;

  MemberExportController(MemberExports exports) {
    this.exports = exports;
  }

  @GetMapping("/export.xlsx")
  @Operation(summary = "A campaign's members as an Excel workbook (.xlsx)", description = WHAT)
  ResponseEntity<StreamingResponseBody> xlsx(@PathVariable UUID id,
      @RequestParam(required = false) dev.steward.campaigns.ResponseStatus status) throws IOException {
    return exports.export(id, status, ExportFormat.XLSX).toResponse();
  }

  @GetMapping("/export.csv")
  @Operation(summary = "A campaign's members as CSV (UTF-8 with a byte-order mark)", description = WHAT)
  ResponseEntity<StreamingResponseBody> csv(@PathVariable UUID id,
      @RequestParam(required = false) dev.steward.campaigns.ResponseStatus status) throws IOException {
    return exports.export(id, status, ExportFormat.CSV).toResponse();
  }

  @GetMapping("/export.pdf")
  @Operation(summary = "A campaign's members as an A4 landscape PDF (at most STEWARD_EXPORT_PDF_MAX_ROWS rows)",
      description = WHAT)
  ResponseEntity<StreamingResponseBody> pdf(@PathVariable UUID id,
      @RequestParam(required = false) dev.steward.campaigns.ResponseStatus status) throws IOException {
    return exports.export(id, status, ExportFormat.PDF).toResponse();
  }
}
