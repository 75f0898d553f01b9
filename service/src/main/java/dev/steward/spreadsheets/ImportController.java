package dev.steward.spreadsheets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/imports")
@Tag(
    name = "Imports",
    description =
        """
    Spreadsheet import jobs. Upload a file (or post the sheet's rows in chunks), read the detected mapping and the
    dry-run preview, adjust the mapping and the duplicate policy, then commit: the commit runs in the background and
    is all or nothing. Viewers may read; users create, commit and undo.""")
class ImportController {

  private final FileImports files;
  private final SheetRowImports sheetRows;
  private final ImportMapping mapping;
  private final ImportViews views;
  private final ImportCommitter committer;
  private final ImportProgressStreams streams;
  private final ImportSettings settings;

  ImportController(
      FileImports files,
      SheetRowImports sheetRows,
      ImportMapping mapping,
      ImportViews views,
      ImportCommitter committer,
      ImportProgressStreams streams,
      ImportSettings settings) {
    this.settings = settings;
    this.files = files;
    this.sheetRows = sheetRows;
    this.mapping = mapping;
    this.views = views;
    this.committer = committer;
    this.streams = streams;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Upload a .csv, .xlsx, .xls, .ods or .vcf file (multipart field 'file'); returns the job with"
              + " its preview",
      description =
          """
          The kind is told from the bytes, not the name. A CSV file's encoding is detected from its bytes (a BOM is
          believed only when the bytes agree; `reading.encodingNote` says when no encoding read every byte) and its
          delimiter (comma, semicolon, tab) is sniffed; `encoding` overrides the detection. The header row is the row
          among the first 30 that names most known columns (`reading.headerRowDetected`); `headerRow` (1 is the first
          row) overrides it. A workbook's sheets are listed under `reading.sheets`; the sheet that looks most like
          contacts is imported (else the active one, never a hidden one) unless `sheet` names another. A phone that
          does not parse is kept as written, with a warning on its row. A vCard file (2.1, 3.0 or 4.0, many cards)
          is read card by card as rows; an OpenDocument spreadsheet (.ods, LibreOffice) as a workbook. Refusal codes beside those below: unknown-encoding, no-such-sheet,
          strict-open-xml (a Strict Open XML workbook), no-header-row.
          A bad file is a 422 problem with a `code`: password-protected, not-a-spreadsheet, damaged-workbook,
          zip-bomb, empty-file, empty-sheet, header-only, too-many-rows, too-many-columns, malformed-csv,
          too-much-text (more text in a cell, a row or in all than this installation allows, an xlsx part that
          unzips too large, or a workbook that shows far more text than its sheet holds: `bound` says which, cell,
          row, total, part or expansion, with `limit`, and `row` and `column` where known), upload-timeout
          (the import took longer than STEWARD_IMPORT_MAX_UPLOAD_TIME); a file over STEWARD_UPLOAD_MAX_FILE_SIZE is a
          413 (code too-large). Nothing is kept of a refused file.""")
  ImportView upload(
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String encoding,
      @RequestParam(required = false) Integer headerRow,
      @RequestParam(required = false) String sheet,
      HttpServletRequest request)
      throws IOException {
    if (file.getSize() > 0 && file.getSize() > maxBytes()) {
      throw dev.steward.spreadsheets.read.UnreadableFileException.tooLarge(maxBytes());
    }
    if (headerRow != null && headerRow < 1) {
      throw dev.steward.platform.InvalidInputException.of(
          "headerRow", "must be 1 or more: the row number of the" + " column names");
    }
    var spooled = FileImports.spool(file.getInputStream());
    try {
      return files.create(
          spooled,
          file.getOriginalFilename(),
          UploadArrival.since(request),
          new UploadChoices(blankToNull(encoding), headerRow, blankToNull(sheet)));
    } finally {
      Files.deleteIfExists(spooled);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private long maxBytes() {
    return settings.maxFileSize().toBytes();
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Start an import from rows posted by the Excel pane (the first chunk, or all rows)",
      description =
          """
          Send `header` and the first rows. With `complete: false` the job waits for more chunks at
          POST /api/imports/{id}/rows; the last chunk says `complete: true` (the default) and the job is previewed.
          The bounds on text hold across the chunks: a chunk past one (422 too-much-text), or sent later than
          STEWARD_IMPORT_MAX_UPLOAD_TIME after the first (422 upload-timeout), removes the whole import; so does
          sending no chunk for that long. A body over STEWARD_UPLOAD_MAX_FILE_SIZE is a 413 (code too-large).
          With `workbookName` and `sheetName` the sheet is linked: a `Steward ID` column then updates those contacts,
          rows removed since the last sync are listed under `removedFromSheet`, and fields changed on both sides
          since then are held back under `conflicts`.""")
  ImportView start(@Valid @RequestBody SheetRows rows) {
    return sheetRows.create(rows);
  }

  @PostMapping(path = "/{id}/rows", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Append a chunk of rows to an import that is still receiving them",
      description =
          "`startRow` is the sheet row of the chunk's first row (default: after the last row received).")
  ImportView append(@PathVariable UUID id, @Valid @RequestBody SheetRows rows) {
    return sheetRows.append(id, rows);
  }

  @GetMapping
  @Operation(summary = "The firm's 50 most recent imports, newest first (without previews)")
  @Transactional(readOnly = true)
  List<ImportView> recent() {
    return views.recent(50);
  }

  @GetMapping("/{id}")
  @Operation(
      summary =
          "The job: status, progress (rowsDone/rowsTotal), mapping, counts, duplicates and preview")
  ImportView get(@PathVariable UUID id) {
    return views.get(id);
  }

  @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(
      summary =
          "Server-sent `progress` events {id, status, rowsDone, rowsTotal, error} until the job ends")
  SseEmitter events(@PathVariable UUID id) {
    return streams.watch(id);
  }

  @PutMapping("/{id}/mapping")
  @Operation(
      summary =
          "Change the mapping (columns not listed keep theirs); the preview is computed again",
      description =
          "Each entry: {column, field, customField?}. Fields: firstName, middleName, lastName, fullName,"
              + " namePrefix, nameSuffix, companyName, jobTitle, email, phone, addressLine1, addressLine2, city, region,"
              + " postalCode, country, notes, tags, type, stewardId, externalId, customField (with the key of an existing custom"
              + " field), ignore.")
  ImportView remap(@PathVariable UUID id, @RequestBody @NotNull List<@Valid ColumnChoice> mapping) {
    return this.mapping.remap(id, mapping);
  }

  /** The duplicate policy of a job. */
  record PolicyRequest(
      @NotNull(message = "is required: update, skip or create") ImportPolicy policy) {}

  @PutMapping("/{id}/policy")
  @Operation(
      summary =
          "Choose what happens to rows that match a contact: update (default), skip or create")
  ImportView policy(@PathVariable UUID id, @Valid @RequestBody PolicyRequest request) {
    return mapping.choose(id, request.policy());
  }

  @PostMapping("/{id}/commit")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(
      summary = "Commit in the background; follow it with GET /api/imports/{id} or /events",
      description =
          "All or nothing: a failed commit (status failed, with error) leaves the CRM as it was and may be"
              + " committed again. 409 when the job is not ready.")
  ImportView commit(@PathVariable UUID id) {
    return committer.start(id);
  }

  @PostMapping("/{id}/undo")
  @Operation(
      summary = "Undo a committed import",
      description =
          "Contacts it created go to the trash, contacts it updated get their earlier values back; those"
              + " edited since the import are left alone and listed under undo.editedSince.")
  ImportView undo(@PathVariable UUID id) {
    return committer.undo(id);
  }
}
