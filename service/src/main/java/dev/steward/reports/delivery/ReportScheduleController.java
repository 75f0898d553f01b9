package dev.steward.reports.delivery;

import dev.steward.platform.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/schedule")
@Tag(name = "Reports")
class ReportScheduleController {

  private final ReportScheduleEditor schedule;

  ReportScheduleController(ReportScheduleEditor schedule) {
    this.schedule = schedule;
  }

  @GetMapping
  @Operation(
      summary =
          "Admin: the firm's scheduled report (the defaults, switched off, until one is saved)")
  ResponseEntity<ReportScheduleView> schedule() {
    return withEtag(schedule.view());
  }

  @PutMapping
  @Operation(
      summary =
          "Admin: set the firm's scheduled report: daily, weekly or monthly at a time of a time zone, "
              + "the portfolio of the period just ended or one campaign, into a OneDrive or SharePoint folder")
  ResponseEntity<ReportScheduleView> save(
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody ReportScheduleRequest request) {
    return withEtag(schedule.save(request, ifMatch));
  }

  @GetMapping("/runs")
  @Operation(
      summary =
          "Admin: the latest scheduled runs, newest first: when, which file, where it went or why not")
  List<DeliveryRun> runs() {
    return schedule.runs();
  }

  private static ResponseEntity<ReportScheduleView> withEtag(ReportScheduleView view) {
    var response = ResponseEntity.ok();
    if (view.version() != null) {
      response.eTag(Versions.etag(view.version()));
    }
    return response.body(view);
  }
}
