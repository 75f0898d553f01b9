package dev.steward.spreadsheets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a sheet posted as JSON by the Excel pane, whole or in chunks. The first post creates the
 * job and carries the header; later chunks go to {@code POST /api/imports/{id}/rows}. Each chunk
 * should stay well under Office's payload limits (about 5,000 rows of a contact list is ~1 MB).
 *
 * @param workbookName with {@code sheetName}, names the sheet link that remembers which row is
 *     which contact
 * @param header the header row's cells (only on the first post)
 * @param headerRow the sheet row number of the header (default 1)
 * @param startRow the sheet row number of {@code rows[0]} (default the row after the header, or
 *     after the last chunk)
 * @param rows the cells, as the sheet shows them; empty rows may be left in and are skipped
 * @param complete false while more chunks follow; the job is previewed when the last one arrives
 * @param selection true when the rows are a selection of the sheet (first post only): linked rows
 *     outside it were not read, so only rows missing between the first and the last row received
 *     count as removed from the sheet
 */
@NullMarked
public record SheetRows(
    @Size(max = 255) @Nullable String workbookName,
    @Size(max = 255) @Nullable String sheetName,
    @Size(max = 1000, message = "may hold at most 1000 columns") @Nullable List<String> header,
    @Min(1) @Nullable Integer headerRow,
    @Min(1) @Max(1_048_576) @Nullable Integer startRow,
    @NotNull(message = "is required, even if empty")
        @Size(max = 50_000, message = "may hold at most 50000 rows a chunk")
        List<List<String>> rows,
    @Nullable Boolean complete,
    @Nullable Boolean selection) {}
