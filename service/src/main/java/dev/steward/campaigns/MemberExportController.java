package dev.steward.campaigns;

import dev.steward.platform.export.ExportFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A campaign's members as a file, in the members list's order, optionally only those with one
 * response status.
 */
@RestController
@RequestMapping("/api/campaigns/{id}/contacts")
@Tag(name = "Campaign members")
class MemberExportController {

  private static final String WHAT =
      """
      Every member (optionally only those with `status`), by name, with contact details, status, response date, how
      it was recorded and notes. Text that a spreadsheet would read as a formula is written as text. The export is
      recorded in the audit log.""";

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final MemberExports exports;

  MemberExportController(MemberExports exports) {
    this.exports = exports;
  }

  @GetMapping("/export.xlsx")
  @ApiResponse(responseCode = "200", content = @Content(mediaType = XLSX))
  @Operation(summary = "A campaign's members as an Excel workbook (.xlsx)", description = WHAT)
  void xlsx(
      @PathVariable UUID id,
      @RequestParam(required = false) dev.steward.campaigns.ResponseStatus status,
      HttpServletResponse response)
      throws IOException {
    exports.export(id, status, ExportFormat.XLSX).send(response);
  }

  @GetMapping("/export.csv")
  @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
  @Operation(
      summary = "A campaign's members as CSV (UTF-8 with a byte-order mark)",
      description = WHAT)
  void csv(
      @PathVariable UUID id,
      @RequestParam(required = false) dev.steward.campaigns.ResponseStatus status,
      HttpServletResponse response)
      throws IOException {
    exports.export(id, status, ExportFormat.CSV).send(response);
  }

  @GetMapping("/export.pdf")
  @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
  @Operation(
      summary =
          "A campaign's members as an A4 landscape PDF (at most STEWARD_EXPORT_PDF_MAX_ROWS rows)",
      description = WHAT)
  void pdf(
      @PathVariable UUID id,
      @RequestParam(required = false) dev.steward.campaigns.ResponseStatus status,
      HttpServletResponse response)
      throws IOException {
    exports.export(id, status, ExportFormat.PDF).send(response);
  }
}
