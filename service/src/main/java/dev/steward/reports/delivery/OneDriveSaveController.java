package dev.steward.reports.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Report workbooks saved into the signed-in user's own OneDrive, as them (on-behalf-of). */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports")
class OneDriveSaveController {

  private final OneDriveSaves saves;

  OneDriveSaveController(OneDriveSaves saves) {
    this.saves = saves;
  }

  @GetMapping("/onedrive")
  @Operation(
      summary =
          "Whether the signed-in user can save reports to their OneDrive (a Microsoft sign-in and a "
              + "Steward connected to Microsoft 365 are needed), and if not, why")
  OneDriveSaving availability() {
    return saves.availability();
  }

  @PostMapping("/campaigns/{id}/onedrive")
  @Operation(
      summary =
          "Save the campaign report workbook into the signed-in user's OneDrive (body: optional "
              + "`folder`, default \"Steward reports\"); 409 for a password sign-in, 503 when Microsoft 365 is not connected")
  ResponseEntity<SavedReport> campaign(
      @PathVariable UUID id, @Valid @RequestBody(required = false) SaveToOneDriveRequest request) {
    return created(saves.campaign(id, folder(request)));
  }

  @PostMapping("/portfolio/onedrive")
  @Operation(
      summary = "Save the portfolio workbook of `from` to `to` into the signed-in user's OneDrive")
  ResponseEntity<SavedReport> portfolio(
      @RequestParam LocalDate from,
      @RequestParam LocalDate to,
      @Valid @RequestBody(required = false) SaveToOneDriveRequest request) {
    return created(saves.portfolio(from, to, folder(request)));
  }

  private static String folder(SaveToOneDriveRequest request) {
    return request == null ? null : request.folder();
  }

  private static ResponseEntity<SavedReport> created(SavedReport saved) {
    return ResponseEntity.status(HttpStatus.CREATED).body(saved);
  }
}
