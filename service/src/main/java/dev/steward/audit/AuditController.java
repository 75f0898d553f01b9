package dev.steward.audit;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.steward.platform.CellText;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Admins read the audit log, filtered, as pages or as a CSV file. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit")
class AuditController {

  private final AuditLog log;
  private final AuditNames names;
  private final JsonMapper json;

  AuditController(AuditLog log, AuditNames names, JsonMapper json) {
    this.log = log;
    this.names = names;
    this.json = json;
  }

  @GetMapping
  @Operation(
      summary =
          "Audit entries, newest first; filter by user, entity, action (or its prefix) and time range")
  PageResult<AuditEntry> list(
      @ParameterObject AuditFilter filter,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return names.named(log.find(filter.query(), new PageRequestParams(page, size)));
  }

  @GetMapping("/export")
  @Operation(
      summary =
          "The filtered audit log as CSV (UTF-8); cells are never written as spreadsheet formulas")
  void export(@ParameterObject AuditFilter filter, HttpServletResponse response)
      throws IOException {
    var query = filter.query();
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"steward-audit.csv\"");
    var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    writer.write('\uFEFF'); // so that Excel reads the file as UTF-8
    try (var csv = CsvWriter.builder().build(writer)) {
      csv.writeRecord(
          "occurred_at",
          "actor",
          "actor_id",
          "action",
          "entity_type",
          "entity_id",
          "changes",
          "client_ip",
          "user_agent");
      log.forEach(
          query,
          entry ->
              csv.writeRecord(
                  entry.occurredAt().toString(),
                  CellText.csv(entry.actorLabel()),
                  text(entry.actorId()),
                  CellText.csv(entry.action()),
                  CellText.csv(entry.entityType()),
                  text(entry.entityId()),
                  entry.changes() == null
                      ? ""
                      : CellText.csv(json.writeValueAsString(entry.changes())),
                  CellText.csv(entry.clientIp()),
                  CellText.csv(entry.userAgent())));
    }
  }

  /**
   * The filters of the list and the export, from the query string.
   *
   * @param action an action, or the prefix of actions ({@code contact.})
   * @param from a date (2026-03-01) or an instant (2026-03-01T09:00:00Z)
   * @param to a date or an instant, as {@code from}
   */
  record AuditFilter(
      UUID userId, String entityType, UUID entityId, String action, String from, String to) {

    AuditQuery query() {
      return new AuditQuery(
          userId, entityType, entityId, action, instant("from", from), instant("to", to));
    }
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
          : Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(
          field, "must be a date (2026-03-01) or an instant (2026-03-01T09:00:00Z)");
    }
  }

  private static String text(UUID id) {
    return id == null ? "" : id.toString();
  }
}
