package dev.steward.spreadsheets;

import dev.steward.platform.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Import jobs as the API shows them: with their preview, sample rows and summary. */
@Component
class ImportViews {

  static final int PREVIEW_ROWS = 50;

  /** Data rows read back as they are in the file, for each column's sample values. */
  static final int SAMPLE_ROWS = 20;

  private final ImportJobs jobs;
  private final ImportStore store;
  private final ImportSettings settings;

  ImportViews(ImportJobs jobs, ImportStore store, ImportSettings settings) {
    this.jobs = jobs;
    this.store = store;
    this.settings = settings;
  }

  @Transactional(readOnly = true)
  ImportView get(UUID id) {
    return view(jobs.require(id));
  }

  /** The firm's most recent jobs, newest first, as a list shows them. */
  @Transactional(readOnly = true)
  List<ImportView> recent(int limit) {
    return jobs.recent(limit).stream().map(job -> view(job, false)).toList();
  }

  ImportView view(ImportJob job) {
    return view(job, true);
  }

  /**
   * With {@code rows} false, as a list of imports shows it: without rows, removals or conflicts.
   */
  private ImportView view(ImportJob job, boolean rows) {
    var origin = job.origin();
    var layout = job.layout();
    var progress = job.progress();
    var summary = progress.summary();
    var status = job.status();
    List<PreviewRow> preview =
        rows && (status == ImportStatus.READY || status == ImportStatus.COMMITTING)
            ? store.staged(job.id(), "true", PREVIEW_ROWS).stream()
                .map(ImportViews::previewRow)
                .toList()
            : List.of();
    List<List<String>> samples =
        rows && status != ImportStatus.RECEIVING
            ? store.firstRows(job.id(), layout.headerRow(), SAMPLE_ROWS)
            : List.of();
    return new ImportView(
        job.id(),
        status,
        origin.source(),
        origin.fileName(),
        layout.fileKind(),
        layout.sheetName(),
        layout.sheetLinkId(),
        layout.headerRow(),
        layout.reading(),
        layout.header(),
        layout.mapping(),
        progress.policy(),
        progress.rowsTotal(),
        progress.rowsDone(),
        summary == null ? null : summary.counts(),
        summary == null ? null : summary.duplicates(),
        rows && summary != null ? summary.removedFromSheet() : null,
        rows && summary != null ? summary.conflicts() : null,
        preview,
        samples,
        summary == null ? null : summary.undo(),
        progress.error(),
        origin.createdAt(),
        progress.committedAt(),
        progress.undoneAt(),
        job.undoUntil(settings.retention()),
        progress.version());
  }

  static PreviewRow previewRow(ImportStore.StagedView row) {
    var values = new LinkedHashMap<String, Object>();
    row.incoming()
        .forEach(
            (field, value) -> {
              if (value != null) {
                values.put(field, value);
              }
            });
    List<FieldProblem> errors = new ArrayList<>(problems(row.problem()));
    if (row.problem() == null && row.duplicateOf() != null) {
      errors.add(new FieldProblem("row", "repeats row " + row.duplicateOf() + " of this file"));
    }
    List<PreviewRow.FieldConflict> conflicts = new ArrayList<>();
    if (row.existing() != null) {
      values.forEach(
          (field, incoming) -> {
            Object current = row.existing().get(field);
            if (current != null
                && !field.equals("type")
                // Other emails and phones are added to the contact's, never replace them.
                && !field.equals("otherEmails")
                && !field.equals("otherPhones")
                && !String.valueOf(current).equals(String.valueOf(incoming))) {
              conflicts.add(new PreviewRow.FieldConflict(field, current, incoming));
            }
          });
    }
    return new PreviewRow(
        row.rowNumber(),
        row.action(),
        row.contactId(),
        row.duplicateOf(),
        values,
        errors,
        conflicts,
        problems(row.warning()));
  }

  /** "field: message" lines as problems. */
  static List<FieldProblem> problems(String lines) {
    List<FieldProblem> problems = new ArrayList<>();
    if (lines != null) {
      for (String part : lines.split("\n")) {
        int colon = part.indexOf(": ");
        problems.add(
            colon < 0
                ? new FieldProblem("row", part)
                : new FieldProblem(part.substring(0, colon), part.substring(colon + 2)));
      }
    }
    return problems;
  }
}
