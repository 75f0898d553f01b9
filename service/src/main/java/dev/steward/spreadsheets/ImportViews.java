package dev.steward.spreadsheets;

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
  private final RawRows rawRows;
  private final PreviewRows previews;
  private final ImportSettings settings;

  ImportViews(ImportJobs jobs, RawRows rawRows, PreviewRows previews, ImportSettings settings) {
    this.jobs = jobs;
    this.rawRows = rawRows;
    this.previews = previews;
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
            ? previews.first(job.id(), PREVIEW_ROWS)
            : List.of();
    List<List<String>> samples =
        rows && status != ImportStatus.RECEIVING
            ? rawRows.firstRows(job.id(), layout.headerRow(), SAMPLE_ROWS)
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
}
