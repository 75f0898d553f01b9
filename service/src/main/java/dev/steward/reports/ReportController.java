package dev.steward.reports;

import dev.steward.platform.SafeNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Report downloads: the campaign workbook and PDF, and the portfolio workbook of a period. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports")
class ReportController {

  private final ReportFiles files;

  ReportController(ReportFiles files) {
    this.files = files;
  }

  @GetMapping("/campaigns/{id}.xlsx")
  @Operation(
      summary =
          "The campaign report workbook: figures, responses by week, days to response, results by "
              + "contact type and channel, native charts, and every member")
  void campaignWorkbook(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    send(files.campaign(id), response);
  }

  @GetMapping("/campaigns/{id}.pdf")
  @Operation(
      summary = "The campaign report as a PDF (lists the first members; the workbook lists all)")
  void campaignPdf(@PathVariable UUID id, HttpServletResponse response) throws IOException {
    send(files.campaignPdf(id), response);
  }

  @GetMapping("/portfolio.xlsx")
  @Operation(
      summary =
          "The portfolio workbook: the campaigns sent (or, without a send date, created) from `from` "
              + "to `to` (YYYY-MM-DD, both included) side by side")
  void portfolioWorkbook(
      @RequestParam LocalDate from, @RequestParam LocalDate to, HttpServletResponse response)
      throws IOException {
    send(files.portfolio(from, to), response);
  }

  /** Sends the file with a name a person would keep, then deletes it. */
  static void send(ReportFile file, HttpServletResponse response) throws IOException {
    try (file;
        InputStream in = file.open()) {
      response.setContentType(file.contentType());
      response.setContentLengthLong(file.size());
      response.setHeader(HttpHeaders.CONTENT_DISPOSITION, SafeNames.attachment(file.fileName()));
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      in.transferTo(response.getOutputStream());
    }
  }
}
