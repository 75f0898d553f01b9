package dev.steward.reports;

import dev.steward.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The firm's report templates: list, download for restyling, upload its own (admins), restore the
 * built-in one.
 */
@RestController
@RequestMapping("/api/reports/templates")
@Tag(name = "Reports")
class TemplateController {

  private final ReportTemplates templates;

  TemplateController(ReportTemplates templates) {
    this.templates = templates;
  }

  @GetMapping
  @Operation(
      summary =
          "Each report template (campaign, portfolio): whether the firm uses its own, uploaded when and "
              + "by whom")
  List<ReportTemplates.View> list() {
    return templates.list();
  }

  @GetMapping("/{kind}.xlsx")
  @Operation(summary = "The template in use for campaign or portfolio reports, to restyle in Excel")
  void download(@PathVariable String kind, HttpServletResponse response) throws IOException {
    var which = kind(kind);
    var path = Files.createTempFile("steward-template-", ".xlsx");
    Files.write(path, templates.current(which));
    ReportController.send(new ReportFile(which.downloadName(), ReportFile.XLSX, path), response);
  }

  @PutMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary =
          "Upload the firm's own template (multipart `file`); it must keep the named tables and columns "
              + "the report writer fills, else 422 with code template-incomplete naming what is missing")
  void upload(@PathVariable String kind, @RequestParam("file") MultipartFile file)
      throws IOException {
    var which = kind(kind);
    templates.upload(which, file.getOriginalFilename(), file.getBytes());
  }

  @DeleteMapping("/{kind}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Go back to the built-in template")
  void restore(@PathVariable String kind) {
    templates.restore(kind(kind));
  }

  private static TemplateKind kind(String word) {
    return TemplateKind.of(word).orElseThrow(() -> NotFoundException.of("Report template", word));
  }
}
