package dev.steward.spreadsheets;

import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sheet-links")
@Tag(
    name = "Sheet links",
    description =
        """
    Excel sheets kept in step with the CRM. A link is made by the first import that names its workbook and sheet;
    it remembers which contact each row stands for and the values both sides agreed on at the last sync.""")
class SheetLinkController {

  private final SheetLinks links;
  private final ImportJobs jobs;
  private final ApplicationEventPublisher events;

  SheetLinkController(SheetLinks links, ImportJobs jobs, ApplicationEventPublisher events) {
    this.links = links;
    this.jobs = jobs;
    this.events = events;
  }

  @GetMapping
  @Operation(summary = "The firm's linked sheets")
  @Transactional(readOnly = true)
  List<SheetLinkView> all() {
    return links.all();
  }

  @GetMapping("/{id}")
  @Operation(summary = "One linked sheet")
  @Transactional(readOnly = true)
  SheetLinkView get(@PathVariable UUID id) {
    return links.view(id);
  }

  @GetMapping("/{id}/rows")
  @Operation(
      summary = "The CRM's current values of every linked row (by row number and contact id)")
  @Transactional(readOnly = true)
  List<LinkedRow> rows(@PathVariable UUID id) {
    return links.rows(id, false);
  }

  @PostMapping("/{id}/refresh")
  @Operation(
      summary = "Refresh sheet: the current values, recorded as what the sheet now shows",
      description =
          "Call it when the pane writes these values into the sheet, so the next import counts only"
              + " later edits of the sheet as changes.")
  @Transactional
  List<LinkedRow> refresh(@PathVariable UUID id) {
    return links.rows(id, true);
  }

  /** Contacts whose rows were removed from the sheet, confirmed for the trash. */
  record Removals(@NotNull @Size(max = 10_000) List<@NotNull UUID> contactIds) {}

  @PostMapping("/{id}/confirm-removals")
  @Operation(
      summary = "Move to the trash the contacts whose rows the user removed from the sheet",
      description =
          "Only contacts linked to this sheet are touched; they can be restored from the trash.")
  @Transactional
  Map<String, Object> confirmRemovals(@PathVariable UUID id, @Valid @RequestBody Removals request) {
    var trashed = links.confirmRemovals(id, request.contactIds());
    events.publishEvent(new SheetLinkEvents.SheetRowsRemoved(id, trashed));
    return Map.of("trashed", trashed);
  }

  /** The user's pick for each conflicting field of one contact: {@code sheet} or {@code crm}. */
  record Resolution(
      @NotNull UUID importId, @NotNull UUID contactId, @NotNull Map<String, String> fields) {}

  @PostMapping("/{id}/resolve")
  @Operation(
      summary = "Resolve the conflicts of one contact, field by field",
      description =
          "fields: {\"email\": \"sheet\", \"city\": \"crm\"}, naming conflicts listed by the import."
              + " A sheet pick writes the sheet's value into the contact; either pick becomes the synced value.")
  @Transactional
  List<LinkedRow> resolve(@PathVariable UUID id, @Valid @RequestBody Resolution request) {
    var job = jobs.require(request.importId());
    if (!id.equals(job.layout().sheetLinkId())) {
      throw InvalidInputException.of("importId", "is not an import of this sheet");
    }
    var summary = job.progress().summary();
    var conflicts =
        summary == null || summary.conflicts() == null
            ? List.<ImportSummary.SheetConflict>of()
            : summary.conflicts();
    Map<String, String> sheetValues = new LinkedHashMap<>();
    List<String> crmFields = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    request
        .fields()
        .forEach(
            (field, pick) -> {
              var conflict =
                  conflicts.stream()
                      .filter(
                          c -> request.contactId().equals(c.contactId()) && field.equals(c.field()))
                      .findFirst();
              if (conflict.isEmpty()) {
                problems.add(
                    new FieldProblem("fields." + field, "is not in conflict for this contact"));
              } else if ("sheet".equals(pick)) {
                sheetValues.put(field, conflict.get().sheet());
              } else if ("crm".equals(pick)) {
                crmFields.add(field);
              } else {
                problems.add(new FieldProblem("fields." + field, "must be sheet or crm"));
              }
            });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    links.resolve(id, request.contactId(), sheetValues, crmFields);
    events.publishEvent(
        new SheetLinkEvents.SheetConflictResolved(id, request.contactId(), request.fields()));
    return links.rows(id, false).stream()
        .filter(r -> r.contactId().equals(request.contactId()))
        .toList();
  }
}
