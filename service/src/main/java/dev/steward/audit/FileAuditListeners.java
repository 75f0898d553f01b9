package dev.steward.audit;

import dev.steward.platform.export.DataExported;
import dev.steward.reports.ReportEvents;
import dev.steward.spreadsheets.ImportEvents;
import dev.steward.spreadsheets.SheetLinkEvents;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Data that leaves or enters Steward as a file, as audit entries: exports, spreadsheet imports,
 * sheet links and report templates. Each runs just before its transaction commits, inside it; an
 * event published outside a transaction is written at once.
 */
@Component
class FileAuditListeners {

  private final AuditWriter audit;

  FileAuditListeners(AuditWriter audit) {
    this.audit = audit;
  }

  // --- Exports: data leaving the CRM as a file

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DataExported event) {
    var details = new java.util.LinkedHashMap<String, Object>();
    details.put("title", event.title());
    details.put("format", event.format().extension());
    details.put("filters", event.filters());
    details.put("rows", event.rows());
    details.put("cut", event.cut());
    details.put("fileName", event.fileName());
    audit.write(event.entityType() + ".exported", event.entityType(), event.entityId(), details);
  }

  // --- Spreadsheet imports and sheet links

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ImportEvents.ImportCommitted event) {
    // Commits run in the background, where nobody is signed in: the event names the user who
    // committed.
    var counts = new java.util.LinkedHashMap<String, Object>();
    counts.put("fileName", event.fileName());
    counts.put("created", event.created());
    counts.put("updated", event.updated());
    counts.put("unchanged", event.unchanged());
    counts.put("skipped", event.skipped());
    counts.put("rejected", event.rejected());
    audit.write(
        "import.committed", "import", event.importId(), counts, event.userId(), event.userEmail());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ImportEvents.ImportUndone event) {
    audit.write(
        "import.undone",
        "import",
        event.importId(),
        Map.of(
            "removed",
            event.removed(),
            "restored",
            event.restored(),
            "editedSince",
            event.editedSince()),
        event.userId(),
        event.userEmail());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(SheetLinkEvents.SheetRowsRemoved event) {
    audit.write(
        "sheet_link.rows_removed",
        "sheet_link",
        event.sheetLinkId(),
        Map.of("contactIds", event.contactIds(), "count", event.contactIds().size()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(SheetLinkEvents.SheetConflictResolved event) {
    audit.write(
        "sheet_link.conflict_resolved",
        "sheet_link",
        event.sheetLinkId(),
        Map.of("contactId", event.contactId(), "picks", event.picks()));
  }

  // --- Report templates

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ReportEvents.TemplateUploaded event) {
    var details = new java.util.LinkedHashMap<String, Object>();
    details.put("kind", event.kind());
    details.put("fileName", event.fileName());
    details.put("size", event.size());
    audit.write("report_template.uploaded", "report_template", null, details);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ReportEvents.TemplateRestored event) {
    audit.write("report_template.restored", "report_template", null, Map.of("kind", event.kind()));
  }
}
