package dev.steward.spreadsheets;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import job as the API returns it.
 *
 * @param counts rows that would be (before commit) or were (after) created, updated, unchanged,
 *     skipped, rejected
 * @param duplicates rows repeating an earlier row of the file, and rows matching an existing
 *     contact
 * @param removedFromSheet for a linked sheet: contacts synced from it before whose rows are gone
 *     (never deleted until confirmed)
 * @param preview the first rows with their validation result
 * @param sampleRows the first data rows' cells as read, for showing each column's values beside its
 *     mapping
 * @param reading how an uploaded file was read (encoding, whether the header row was found, a
 *     workbook's sheets); null for rows posted by the Excel pane
 * @param undo after an undo: what it removed, restored, and left alone
 * @param undoUntil for a committed import: until when it may be undone ({@code
 *     STEWARD_IMPORT_RETENTION} after the commit, when its rows are removed)
 */
public record ImportView(
    UUID id,
    ImportStatus status,
    String source,
    String fileName,
    String fileKind,
    String sheetName,
    UUID sheetLinkId,
    int headerRow,
    FileReading reading,
    List<String> header,
    List<ColumnMapping> mapping,
    ImportPolicy policy,
    int rowsTotal,
    int rowsDone,
    ImportSummary.Counts counts,
    ImportSummary.Duplicates duplicates,
    List<ImportSummary.RemovedRow> removedFromSheet,
    List<ImportSummary.SheetConflict> conflicts,
    List<PreviewRow> preview,
    List<List<String>> sampleRows,
    ImportSummary.Undo undo,
    String error,
    Instant createdAt,
    Instant committedAt,
    Instant undoneAt,
    Instant undoUntil,
    long version) {}
