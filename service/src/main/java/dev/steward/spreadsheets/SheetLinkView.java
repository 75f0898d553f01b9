package dev.steward.spreadsheets;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** A linked sheet: a workbook's sheet whose rows stand for contacts. */
@NullMarked
public record SheetLinkView(
    UUID id, String workbookName, String sheetName, @Nullable Instant lastSyncedAt, long rows) {}
