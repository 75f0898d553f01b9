package dev.steward.spreadsheets;

import dev.steward.contacts.ContactBulk;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Decides what each staged row of a job does (create, update, leave unchanged, skip, reject) and
 * counts it: at preview, whenever the mapping or policy changes, and again at commit if the CRM
 * moved on meanwhile.
 */
@Component
class ImportDecisions {

  private final ImportStore store;
  private final StagedRows staged;
  private final SheetLinkHoldBack holdBack;
  private final ContactBulk contacts;

  ImportDecisions(
      ImportStore store, StagedRows staged, SheetLinkHoldBack holdBack, ContactBulk contacts) {
    this.store = store;
    this.staged = staged;
    this.holdBack = holdBack;
    this.contacts = contacts;
  }

  /**
   * At commit: decides again only when a contact of the firm changed since the preview (created,
   * edited, trashed), since only then can a match or a hold-back differ. Saves a pass over every
   * staged row of a large import.
   */
  ImportSummary decideAgainIfNeeded(ImportJob job) {
    var summary = job.progress().summary();
    if (summary != null && summary.decidedAt() != null && !changedSince(job, summary.decidedAt())) {
      return summary;
    }
    return decide(job);
  }

  /**
   * Matches the staged rows again, holds back what a linked sheet must not write, and counts; also
   * run at commit.
   */
  ImportSummary decide(ImportJob job) {
    return decide(job, () -> store.match(job.id(), job.progress().policy()));
  }

  /**
   * {@link #decide(ImportJob)} with {@code match} doing the matching: for rows just copied in, a
   * matching that moves them from COPY's temporary table into the staging table as it decides them.
   */
  ImportSummary decide(ImportJob job, Runnable match) {
    var decidedAt = store.now();
    match.run();
    List<ImportSummary.SheetConflict> conflicts = List.of();
    List<ImportSummary.RemovedRow> removed = List.of();
    var layout = job.layout();
    if (layout.sheetLinkId() != null) {
      conflicts = holdBack.holdBack(layout.sheetLinkId(), job.id());
      removed = holdBack.removed(layout.sheetLinkId(), job.id(), layout.sheetSelection());
    }
    contacts.markUnchanged(ImportStore.STAGING, job.id());
    var summary =
        new ImportSummary(
            staged.counts(job.id()),
            staged.duplicates(job.id()),
            conflicts,
            removed,
            decidedAt,
            null);
    if (job.status() == ImportStatus.RECEIVING || job.status() == ImportStatus.READY) {
      job.ready(summary);
    }
    return summary;
  }

  /**
   * Whether the CRM may have moved on since {@code instant}: a contact stamped since then, or
   * another import committed, undone or committing meanwhile.
   */
  private boolean changedSince(ImportJob job, Instant instant) {
    return contacts.changedSince(instant) || store.otherImportsMovedSince(job.id(), instant);
  }
}
