package dev.steward.spreadsheets;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What deciding an import found, kept with the job: what each row would do, the duplicates, and for
 * a linked sheet its conflicts and removed rows; after an undo, what the undo did.
 *
 * @param decidedAt when the rows were last decided, by the database's clock: a commit decides again
 *     only if a contact changed since
 * @param undo null until the import is undone
 */
public record ImportSummary(
    Counts counts,
    Duplicates duplicates,
    List<SheetConflict> conflicts,
    List<RemovedRow> removedFromSheet,
    Instant decidedAt,
    Undo undo) {

  /** Rows that would be (before commit) or were (after) created, updated, ... */
  @Schema(name = "ImportCounts")
  public record Counts(long created, long updated, long unchanged, long skipped, long rejected) {}

  /**
   * @param inFile rows repeating an earlier row of the file
   * @param inCrm rows matching an existing contact
   */
  @Schema(name = "ImportDuplicates")
  public record Duplicates(long inFile, long inCrm) {}

  /**
   * A field of a linked contact changed both in the sheet and in the CRM since the last sync.
   *
   * @param field the contact field's API name
   * @param sheet the sheet's value
   * @param crm the CRM's value
   */
  @Schema(name = "SheetConflict")
  public record SheetConflict(
      int rowNumber, UUID contactId, String displayName, String field, String sheet, String crm) {}

  /** A contact synced from a linked sheet before, whose row the sheet no longer has. */
  @Schema(name = "RemovedSheetRow")
  public record RemovedRow(UUID contactId, int rowNumber, String displayName) {}

  /**
   * @param removed contacts the import created, now in the trash
   * @param restored contacts the import updated, back to their values before it
   * @param editedSince contacts edited since the import, left as they are
   */
  @Schema(name = "ImportUndo")
  public record Undo(long removed, long restored, List<UUID> editedSince) {}

  /** This summary, decided afresh at the next commit. */
  ImportSummary undecided() {
    return new ImportSummary(counts, duplicates, conflicts, removedFromSheet, null, undo);
  }

  ImportSummary undone(Undo what) {
    return new ImportSummary(counts, duplicates, conflicts, removedFromSheet, decidedAt, what);
  }
}
