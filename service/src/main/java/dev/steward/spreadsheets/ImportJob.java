package dev.steward.spreadsheets;

import dev.steward.platform.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An import job, the aggregate that guards its own state: every change goes through a method here
 * that refuses what the current status does not allow.
 */
final class ImportJob {

  /**
   * Where the job stands.
   *
   * @param textChars characters of text received so far, the header included: what counts against
   *     the import's total bound
   */
  record Progress(
      ImportStatus status,
      ImportPolicy policy,
      int rowsTotal,
      int rowsDone,
      long textChars,
      ImportSummary summary,
      String error,
      Instant committedAt,
      Instant undoneAt,
      long version) {}

  private final ImportOrigin origin;
  private ImportLayout layout;
  private ImportStatus status;
  private ImportPolicy policy;
  private int rowsTotal;
  private int rowsDone;
  private long textChars;
  private ImportSummary summary;
  private String error;
  private Instant committedAt;
  private Instant undoneAt;
  private long version;

  /** A job as it was stored. */
  ImportJob(ImportOrigin origin, ImportLayout layout, Progress progress) {
    this.origin = origin;
    this.layout = layout;
    this.status = progress.status();
    this.policy = progress.policy();
    this.rowsTotal = progress.rowsTotal();
    this.rowsDone = progress.rowsDone();
    this.textChars = progress.textChars();
    this.summary = progress.summary();
    this.error = progress.error();
    this.committedAt = progress.committedAt();
    this.undoneAt = progress.undoneAt();
    this.version = progress.version();
  }

  /** A new job, receiving its rows. */
  static ImportJob start(
      UUID tenantId, UUID createdBy, String source, String fileName, String fileKind) {
    return new ImportJob(
        new ImportOrigin(UUID.randomUUID(), tenantId, createdBy, source, fileName, Instant.now()),
        ImportLayout.empty(fileKind),
        new Progress(
            ImportStatus.RECEIVING, ImportPolicy.UPDATE, 0, 0, 0, null, null, null, null, 0));
  }

  /** The rows come from a sheet linked to the CRM ({@code selection}: some of its rows only). */
  void linkSheet(UUID sheetLinkId, String sheetName, boolean selection) {
    require(ImportStatus.RECEIVING, "link");
    layout = layout.withSheet(sheetLinkId, sheetName, selection);
  }

  /** The header row is in, with the mapping it suggests. */
  void header(int headerRow, List<String> header, List<ColumnMapping> mapping) {
    require(ImportStatus.RECEIVING, "change the header of");
    layout = layout.withHeader(headerRow, header, mapping);
  }

  /** An uploaded file was read whole: what it was, and its {@code rows} data rows. */
  void fileRead(String fileKind, String sheetName, FileReading reading, int rows, long chars) {
    require(ImportStatus.RECEIVING, "read a file into");
    layout = layout.withFile(fileKind, sheetName, reading);
    rowsTotal = rows;
    textChars = chars;
  }

  /** Refuses rows for a job that is no longer receiving them. */
  void requireReceiving() {
    require(ImportStatus.RECEIVING, "add rows to");
  }

  /** {@code count} more rows arrived; the import now holds {@code textChars} characters in all. */
  void appendRows(int count, long textChars) {
    require(ImportStatus.RECEIVING, "add rows to");
    rowsTotal += count;
    this.textChars = textChars;
  }

  /** The rows are all in: the job is mapped and previewed. */
  void ready(ImportSummary summary) {
    if (status != ImportStatus.RECEIVING && status != ImportStatus.READY) {
      throw refused("preview");
    }
    status = ImportStatus.READY;
    this.summary = summary;
  }

  /** The user's mapping for the rows received. */
  void remap(List<ColumnMapping> mapping) {
    require(ImportStatus.READY, "change the mapping of");
    layout = layout.withHeader(layout.headerRow(), layout.header(), mapping);
  }

  void choose(ImportPolicy policy) {
    require(ImportStatus.READY, "change the policy of");
    this.policy = policy;
  }

  /** A failed commit left the CRM untouched, so it may be committed again. */
  void startCommit() {
    if (status != ImportStatus.READY && status != ImportStatus.FAILED) {
      throw refused("commit");
    }
    if (status == ImportStatus.FAILED && summary != null) {
      // Whatever made the last attempt fail may have been the CRM moving on: decide afresh.
      summary = summary.undecided();
    }
    error = null;
    status = ImportStatus.COMMITTING;
    rowsDone = 0;
  }

  void committed(ImportSummary result) {
    require(ImportStatus.COMMITTING, "finish");
    status = ImportStatus.COMMITTED;
    rowsDone = rowsTotal;
    summary = result;
    committedAt = Instant.now();
  }

  void failed(String reason) {
    require(ImportStatus.COMMITTING, "fail");
    status = ImportStatus.FAILED;
    error = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
  }

  /**
   * Refuses an undo unless the job is committed and its rows are still kept ({@code retention}
   * after the commit).
   */
  void requireUndoable(Duration retention) {
    require(ImportStatus.COMMITTED, "undo");
    var until = undoUntil(retention);
    if (!Instant.now().isBefore(until)) {
      throw new ConflictException(
          "This import was committed on "
              + committedAt
              + ". Imports can be undone for "
              + retention.toDays()
              + " days, after which their rows are no longer kept, so it cannot be undone.",
          Map.of("status", status.value(), "code", "undo-expired", "undoUntil", until.toString()));
    }
  }

  /**
   * Until when the job may be undone: only a committed job, for {@code retention} after its commit.
   */
  Instant undoUntil(Duration retention) {
    return status == ImportStatus.COMMITTED && committedAt != null
        ? committedAt.plus(retention)
        : null;
  }

  void undone(ImportSummary.Undo what) {
    require(ImportStatus.COMMITTED, "undo");
    status = ImportStatus.UNDONE;
    summary = summary.undone(what);
    undoneAt = Instant.now();
  }

  /** The job was saved: its stored version moved on. */
  void saved() {
    version++;
  }

  private void require(ImportStatus expected, String action) {
    if (status != expected) {
      throw refused(action);
    }
  }

  private ConflictException refused(String action) {
    return new ConflictException(
        "Cannot " + action + " an import that is " + status.value() + ".",
        Map.of("status", status.value()));
  }

  UUID id() {
    return origin.id();
  }

  ImportOrigin origin() {
    return origin;
  }

  ImportLayout layout() {
    return layout;
  }

  ImportStatus status() {
    return status;
  }

  /** Where the job stands now. */
  Progress progress() {
    return new Progress(
        status,
        policy,
        rowsTotal,
        rowsDone,
        textChars,
        summary,
        error,
        committedAt,
        undoneAt,
        version);
  }
}
