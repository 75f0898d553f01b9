package dev.steward.spreadsheets;

import dev.steward.platform.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An import job, the aggregate that guards its own state: every change of status goes through a
 * method here that refuses a transition the current status does not allow.
 */
final class ImportJob {

  final UUID id;
  final UUID tenantId;
  final UUID createdBy;
  final String source;
  final String fileName;
  String fileKind;
  UUID sheetLinkId;
  String sheetName;

  /** The rows are a selection of a linked sheet, not the whole sheet. */
  boolean sheetSelection;

  int headerRow;
  ImportStatus status;
  List<String> header;
  List<ColumnMapping> mapping;
  ImportPolicy policy;
  int rowsTotal;
  int rowsDone;

  /**
   * Characters of text received so far, the header included: what counts against the import's total
   * bound.
   */
  long textChars;

  Map<String, Object> summary;

  /** How the file was read; null for rows posted by the Excel pane. */
  FileReading reading;

  String error;
  final Instant createdAt;
  Instant committedAt;
  Instant undoneAt;
  long version;

  ImportJob(
      UUID id,
      UUID tenantId,
      UUID createdBy,
      String source,
      String fileName,
      String fileKind,
      UUID sheetLinkId,
      String sheetName,
      int headerRow,
      ImportStatus status,
      List<String> header,
      List<ColumnMapping> mapping,
      ImportPolicy policy,
      int rowsTotal,
      int rowsDone,
      Map<String, Object> summary,
      String error,
      Instant createdAt,
      Instant committedAt,
      Instant undoneAt,
      long version) {
    this.id = id;
    this.tenantId = tenantId;
    this.createdBy = createdBy;
    this.source = source;
    this.fileName = fileName;
    this.fileKind = fileKind;
    this.sheetLinkId = sheetLinkId;
    this.sheetName = sheetName;
    this.headerRow = headerRow;
    this.status = status;
    this.header = header;
    this.mapping = mapping;
    this.policy = policy;
    this.rowsTotal = rowsTotal;
    this.rowsDone = rowsDone;
    this.summary = summary;
    this.error = error;
    this.createdAt = createdAt;
    this.committedAt = committedAt;
    this.undoneAt = undoneAt;
    this.version = version;
  }

  static ImportJob start(
      UUID tenantId, UUID createdBy, String source, String fileName, String fileKind) {
    return new ImportJob(
        UUID.randomUUID(),
        tenantId,
        createdBy,
        source,
        fileName,
        fileKind,
        null,
        null,
        1,
        ImportStatus.RECEIVING,
        List.of(),
        List.of(),
        ImportPolicy.UPDATE,
        0,
        0,
        null,
        null,
        Instant.now(),
        null,
        null,
        0);
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
  void ready(Map<String, Object> summary) {
    if (status != ImportStatus.RECEIVING && status != ImportStatus.READY) {
      throw refused("preview");
    }
    status = ImportStatus.READY;
    this.summary = summary;
  }

  void remap(List<ColumnMapping> mapping) {
    require(ImportStatus.READY, "change the mapping of");
    this.mapping = List.copyOf(mapping);
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
      summary = new java.util.LinkedHashMap<>(summary);
      summary.remove("decidedAt");
    }
    error = null;
    status = ImportStatus.COMMITTING;
    rowsDone = 0;
  }

  void committed(Map<String, Object> result) {
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

  void undone(Map<String, Object> result) {
    require(ImportStatus.COMMITTED, "undo");
    status = ImportStatus.UNDONE;
    summary = result;
    undoneAt = Instant.now();
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
}
