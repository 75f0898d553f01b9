package dev.steward.spreadsheets;

import java.time.Instant;
import java.util.UUID;

/** A linked sheet: a workbook's sheet whose rows stand for contacts. */
public record SheetLinkView(
    UUID id, String workbookName, String sheetName, Instant lastSyncedAt, long rows) {}
