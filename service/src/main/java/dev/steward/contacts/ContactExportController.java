package dev.steward.contacts;

import dev.steward.platform.export.ExportFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The contact list as a file, with the same filters and order as {@code GET /api/contacts}. */
@RestController
@RequestMapping("/api/contacts")
@Tag(name = "Contacts")
class ContactExportController {

  private static final String FILTERS =
      """
      Every live contact that the list's filters take (q, type, tag), in the list's order (sort), not paged.
      Text that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) is written
      as text. The export is recorded in the audit log.""";

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final ContactExports exports;

  ContactExportController(ContactExports exports) {
    this.exports = exports;
  }

  @GetMapping("/export.xlsx")
  @ApiResponse(responseCode = "200", content = @Content(mediaType = XLSX))
  @Operation(
      summary = "The filtered contact list as an Excel workbook (.xlsx), every field",
      description = FILTERS)
  void xlsx(@ParameterObject ExportQuery query, HttpServletResponse response) throws IOException {
    export(ExportFormat.XLSX, query, response);
  }

  @GetMapping("/export.csv")
  @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
  @Operation(
      summary = "The filtered contact list as CSV (UTF-8 with a byte-order mark), every field",
      description = FILTERS)
  void csv(@ParameterObject ExportQuery query, HttpServletResponse response) throws IOException {
    export(ExportFormat.CSV, query, response);
  }

  @GetMapping("/export.pdf")
  @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
  @Operation(
      summary = "The filtered contact list as an A4 landscape PDF, for reading and printing",
      description =
          FILTERS
              + " The PDF shows the main columns and at most STEWARD_EXPORT_PDF_MAX_ROWS contacts"
              + " (5,000 by default), and says so when the list has more.")
  void pdf(@ParameterObject ExportQuery query, HttpServletResponse response) throws IOException {
    export(ExportFormat.PDF, query, response);
  }

  /** The contact list's filters and sort, from the query string, as the contact list takes them. */
  record ExportQuery(String q, ContactType type, String tag, String sort) {}

  private void export(ExportFormat format, ExportQuery query, HttpServletResponse response)
      throws IOException {
    exports
        .export(
            ContactFilter.ofRequest(query.q(), query.type(), query.tag()),
            ContactSort.parse(query.sort()),
            format)
        .send(response);
  }
}
