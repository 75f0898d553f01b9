package dev.steward.spreadsheets;

import dev.steward.contacts.PhoneNumbers;
import dev.steward.identity.CurrentUser;
import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import dev.steward.spreadsheets.read.FileKind;
import dev.steward.spreadsheets.read.ReadBudget;
import dev.steward.spreadsheets.read.ReadOptions;
import dev.steward.spreadsheets.read.SheetReader;
import dev.steward.spreadsheets.read.UnreadableFileException;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating import jobs from files or posted rows, mapping and previewing them, and undoing them.
 * Each step is one transaction: a file that turns out bad half-way leaves no job and no rows
 * behind. What one import may hold and how long it may take are counted by a {@link ReadBudget} as
 * its rows are read; past either, the import is refused whole.
 */
@Service
class ImportService {

  static final int PREVIEW_ROWS = 50;

  /** Data rows read back as they are in the file, for each column's sample values. */
  static final int SAMPLE_ROWS = 20;

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ImportService.class);

  private final ImportJobs jobs;
  private final ImportStore store;
  private final ImportWriter writer;
  private final SheetLinks links;
  private final CustomFieldTypes customFields;
  private final PhoneNumbers phones;
  private final ImportSettings settings;
  private final Tenants tenants;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  /** Refusals that end a whole import received in chunks, not only the chunk that met them. */
  private static final Set<String> ENDS_THE_IMPORT = Set.of("too-much-text", "upload-timeout");

  ImportService(
      ImportJobs jobs,
      ImportStore store,
      ImportWriter writer,
      SheetLinks links,
      CustomFieldTypes customFields,
      PhoneNumbers phones,
      ImportSettings settings,
      Tenants tenants,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions) {
    this.tenants = tenants;
    this.transaction = new TransactionTemplate(transactions);
    this.jobs = jobs;
    this.store = store;
    this.writer = writer;
    this.links = links;
    this.customFields = customFields;
    this.phones = phones;
    this.settings = settings;
    this.events = events;
  }

  /**
   * Reads an uploaded file (saved to {@code file}) into a new job, and previews it.
   *
   * @param spent how long ago the upload arrived: an import's time counts from there
   */
  @Transactional
  ImportView createFromFile(Path file, String fileName, Duration spent) {
    return createFromFile(file, fileName, spent, UploadChoices.NONE);
  }

  /**
   * {@link #createFromFile(Path, String, Duration)} with what the user chose instead of Steward's
   * guesses.
   */
  @Transactional
  ImportView createFromFile(Path file, String fileName, Duration spent, UploadChoices choices) {
    try {
      if (Files.size(file) > settings.maxFileSize().toBytes()) {
        throw UnreadableFileException.tooLarge(settings.maxFileSize().toBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var budget = new ReadBudget(settings.readLimits(), 0, settings.maxUploadTime().minus(spent));
    try {
      return readFile(file, fileName, budget, choices);
    } catch (RuntimeException e) {
      throw ImportStore.canceledByTimeout(e)
          ? UnreadableFileException.timedOut(settings.maxUploadTime())
          : e;
    }
  }

  /** The region of the firm's phone numbers: its own country, else the installation's default. */
  String phoneRegion() {
    return tenants
        .find(CurrentTenant.require())
        .map(TenantInfo::phoneRegion)
        .filter(PhoneNumbers::isRegion)
        .orElse(phones.defaultRegion());
  }

  private ImportView readFile(
      Path file, String fileName, ReadBudget budget, UploadChoices choices) {
    // PostgreSQL stops the statements too when the time is up (the COPY lasts as long as the file
    // is read).
    store.limitStatements(budget.timeLeft());
    var job =
        ImportJob.start(CurrentTenant.require(), CurrentUser.idOrNull(), "file", fileName, "csv");
    jobs.insert(job);
    long started = System.nanoTime();
    var header = new ArrayList<String>();
    var headerCells = new ArrayList<String>();
    var mapping = new ArrayList<ColumnMapping>();
    int[] rows = {0, 0};
    // Rows are mapped as they are read, with the mapping the header suggests, so that the file's
    // rows need not be read
    // back; the custom fields are looked up first, as the COPY holds the connection until the file
    // is read.
    var customTypes = customFields.byKey();
    String region = phoneRegion();
    RowMapper[] mapper = {null};
    SheetReader.Result result;
    try (var copy = store.openFileRows()) {
      var headered =
          new HeaderedRows(
              choices.headerRow(),
              new HeaderedRows.Receiver() {
                @Override
                public void header(int rowNumber, List<String> cells, List<List<String>> samples) {
                  header.addAll(HeaderSynonyms.headerNames(cells));
                  headerCells.addAll(cells);
                  rows[1] = rowNumber;
                  mapping.addAll(ColumnValues.check(HeaderSynonyms.detect(header), samples));
                  mapper[0] = new RowMapper(mapping, customTypes, phones, region);
                }

                @Override
                public void row(int rowNumber, List<String> cells) {
                  rows[0]++;
                  store.writeFileRow(
                      copy, job.tenantId, job.id, cells, mapper[0].map(rowNumber, cells));
                }
              });
      try {
        result =
            SheetReader.read(
                file,
                fileName,
                headered,
                budget,
                new ReadOptions(choices.encoding(), choices.sheet(), HeaderRow::contactLikeness));
        headered.finish();
      } catch (RuntimeException e) {
        copy.abort();
        throw e;
      }
    }
    if (header.isEmpty()) {
      throw new UnreadableFileException(
          "empty-sheet", "The sheet is empty: there is no header row and no contact.");
    }
    if (rows[0] == 0) {
      throw new UnreadableFileException(
          "header-only", "The sheet has a header row but no contacts below it.");
    }
    var stored =
        new ImportJob(
            job.id,
            job.tenantId,
            job.createdBy,
            job.source,
            fileName,
            result.kind().value(),
            null,
            result.sheetName(),
            rows[1],
            ImportStatus.RECEIVING,
            List.copyOf(header),
            List.copyOf(mapping),
            ImportPolicy.UPDATE,
            rows[0],
            0,
            null,
            null,
            job.createdAt,
            null,
            null,
            0);
    stored.textChars = budget.spent();
    stored.reading = reading(result, choices);
    long read = System.nanoTime();
    budget.checkTime();
    store.limitStatements(budget.timeLeft());
    store.insertRaw(job.tenantId, job.id, rows[1], headerCells);
    decide(stored, () -> store.matchFileRows(stored.id, stored.policy, stored.rowsTotal));
    jobs.save(stored);
    log.info(
        "Import {}: read and mapped {} rows of {} in {} ms, decided in {} ms",
        job.id,
        rows[0],
        result.kind().value(),
        (read - started) / 1_000_000,
        (System.nanoTime() - read) / 1_000_000);
    return view(stored);
  }

  private static FileReading reading(SheetReader.Result result, UploadChoices choices) {
    var encoding = result.encoding();
    return new FileReading(
        encoding == null ? null : encoding.name(),
        encoding == null || encoding.clean(),
        encoding == null ? null : encoding.note(),
        choices.headerRow() == null,
        result.sheets().stream()
            .map(s -> new FileReading.WorkbookSheet(s.name(), s.rows(), s.hidden(), s.chosen()))
            .toList());
  }

  /** The first chunk of rows posted by the Excel pane (or all of them). */
  @Transactional
  ImportView createFromRows(SheetRows request) {
    var budget = settings.readLimits().start();
    try {
      return startRows(request, budget);
    } catch (RuntimeException e) {
      throw ImportStore.canceledByTimeout(e)
          ? UnreadableFileException.timedOut(settings.maxUploadTime())
          : e;
    }
  }

  private ImportView startRows(SheetRows request, ReadBudget budget) {
    if (request.header() == null
        || request.header().stream().allMatch(h -> h == null || h.isBlank())) {
      throw InvalidInputException.of(
          "header", "is required: the sheet's header row, such as [\"First Name\", ...]");
    }
    if (request.header().size() > settings.maxColumns()) {
      throw new UnreadableFileException(
          "too-many-columns",
          "The sheet has more than "
              + settings.maxColumns()
              + " columns. Remove the columns you do not need.");
    }
    var job =
        ImportJob.start(
            CurrentTenant.require(),
            CurrentUser.idOrNull(),
            "sheet",
            request.workbookName(),
            FileKind.ROWS.value());
    job.sheetName = request.sheetName();
    job.sheetSelection = Boolean.TRUE.equals(request.selection());
    if (request.workbookName() != null
        && !request.workbookName().isBlank()
        && request.sheetName() != null
        && !request.sheetName().isBlank()) {
      job.sheetLinkId =
          links.findOrCreate(
              request.workbookName().strip(), request.sheetName().strip(), CurrentUser.idOrNull());
    }
    job.headerRow = request.headerRow() == null ? 1 : request.headerRow();
    for (int i = 0; i < request.header().size(); i++) {
      budget.cell(job.headerRow, i, length(request.header().get(i)));
    }
    budget.endRow();
    job.header = HeaderSynonyms.headerNames(request.header());
    job.mapping = HeaderSynonyms.detect(job.header);
    store.limitStatements(budget.timeLeft());
    jobs.insert(job);
    store.insertRaw(job.tenantId, job.id, job.headerRow, request.header());
    appendTo(job, request, budget);
    jobs.save(job);
    return view(job);
  }

  /**
   * A further chunk of rows for a job still receiving them. A chunk that takes the import past its
   * bounds on text or past its time refuses the whole import: the chunk is rolled back, then the
   * job and the rows of the chunks before are removed, in a transaction of their own.
   */
  ImportView append(UUID id, SheetRows request) {
    try {
      return transaction.execute(
          status -> {
            var job = jobs.lock(id);
            job.requireReceiving();
            var budget = new ReadBudget(settings.readLimits(), job.textChars, timeLeft(job));
            store.limitStatements(budget.timeLeft());
            appendTo(job, request, budget);
            jobs.save(job);
            return view(job);
          });
    } catch (RuntimeException e) {
      var refusal =
          ImportStore.canceledByTimeout(e)
              ? UnreadableFileException.timedOut(settings.maxUploadTime())
              : e;
      if (refusal instanceof UnreadableFileException unreadable
          && ENDS_THE_IMPORT.contains(unreadable.code())) {
        transaction.executeWithoutResult(status -> jobs.deleteReceiving(id));
        log.info("Import {} refused and removed: {}", id, unreadable.code());
      }
      throw refusal;
    }
  }

  /** What is left of an import's time, counted from its first chunk. */
  private Duration timeLeft(ImportJob job) {
    return settings.maxUploadTime().minus(Duration.between(job.createdAt, Instant.now()));
  }

  private static int length(String cell) {
    return cell == null ? 0 : cell.length();
  }

  private void appendTo(ImportJob job, SheetRows request, ReadBudget budget) {
    int next = request.startRow() != null ? request.startRow() : store.lastRow(job.id) + 1;
    if (next <= job.headerRow) {
      throw InvalidInputException.of(
          "startRow", "must be below the header row (" + job.headerRow + ")");
    }
    int added = 0;
    int rowNumber = next;
    try (var copy = store.openRawRows()) {
      for (List<String> cells : request.rows()) {
        if (rowNumber > settings.maxRows()) {
          copy.abort();
          throw new UnreadableFileException(
              "too-many-rows",
              "The sheet has more than "
                  + settings.maxRows()
                  + " rows. Split it into several sheets.");
        }
        if (cells != null && cells.size() > settings.maxColumns()) {
          copy.abort();
          throw InvalidInputException.of(
              "rows[" + (rowNumber - next) + "]",
              "has more than " + settings.maxColumns() + " cells");
        }
        if (cells != null) {
          try {
            for (int i = 0; i < cells.size(); i++) {
              budget.cell(rowNumber, i, length(cells.get(i)));
            }
            budget.endRow();
          } catch (UnreadableFileException e) {
            copy.abort();
            throw e;
          }
        }
        if (cells != null && cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
          ImportStore.writeRaw(copy, job.tenantId, job.id, rowNumber, cells);
          added++;
        }
        rowNumber++;
      }
    }
    job.appendRows(added, budget.spent());
    if (request.complete() == null || request.complete()) {
      if (job.rowsTotal == 0) {
        throw new UnreadableFileException(
            "header-only", "The sheet has a header row but no contacts below it.");
      }
      budget.checkTime();
      store.limitStatements(budget.timeLeft());
      if (job.status == ImportStatus.RECEIVING) {
        // The header proposed the mapping when the first chunk came; now the values have their say.
        job.mapping =
            ColumnValues.check(job.mapping, store.firstRows(job.id, job.headerRow, SAMPLE_ROWS));
      }
      analyse(job);
    }
  }

  @Transactional
  ImportView remap(UUID id, List<ColumnChoice> mapping) {
    var job = jobs.lock(id);
    var types = customFields.byKey();
    List<FieldProblem> problems = new ArrayList<>();
    var byColumn = new LinkedHashMap<Integer, ColumnMapping>();
    for (int i = 0; i < mapping.size(); i++) {
      var column = mapping.get(i);
      if (column.column() >= job.header.size()) {
        problems.add(
            new FieldProblem(
                "mapping[" + i + "].column",
                "must be less than " + job.header.size() + ", the number of columns"));
      } else if (column.field() == ImportField.CUSTOM_FIELD
          && (column.customField() == null || !types.containsKey(column.customField()))) {
        problems.add(
            new FieldProblem(
                "mapping[" + i + "].customField",
                "is not a custom field of this firm; an"
                    + " admin adds it under custom fields first"));
      } else {
        String header = job.header.get(column.column());
        // A column the user maps by hand keeps the label its header gives ("Home Email": home).
        var known = HeaderSynonyms.match(header);
        byColumn.put(
            column.column(),
            new ColumnMapping(
                column.column(),
                header,
                column.field(),
                column.field() == ImportField.CUSTOM_FIELD ? column.customField() : null,
                false,
                known != null && known.field() == column.field() ? known.label() : null,
                null));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    var complete = new ArrayList<ColumnMapping>();
    for (int c = 0; c < job.header.size(); c++) {
      var given = byColumn.get(c);
      var before = c < job.mapping.size() ? job.mapping.get(c) : null;
      complete.add(
          given != null
              ? given
              : before != null
                  ? before
                  : new ColumnMapping(c, job.header.get(c), ImportField.IGNORE, null, false));
    }
    job.remap(complete);
    analyse(job);
    jobs.save(job);
    return view(job);
  }

  @Transactional
  ImportView choose(UUID id, ImportPolicy policy) {
    var job = jobs.lock(id);
    job.choose(policy);
    decide(job);
    jobs.save(job);
    return view(job);
  }

  /**
   * Maps every row again (the mapping changed, or the rows are all in), then decides and counts.
   */
  private void analyse(ImportJob job) {
    long started = System.nanoTime();
    var mapper = new RowMapper(job.mapping, customFields.byKey(), phones, phoneRegion());
    store.clearStaging(job.id);
    store.forEachBatch(
        job.id,
        job.headerRow,
        batch -> {
          try (var copy = store.openHeldStaging()) {
            for (var row : batch) {
              store.writeStaged(
                  copy, job.tenantId, job.id, mapper.map(row.getKey(), row.getValue()));
            }
          }
        });
    long staged = System.nanoTime();
    decide(job, () -> store.matchHeld(job.id, job.policy, job.rowsTotal));
    log.info(
        "Import {}: mapped in {} ms, decided in {} ms",
        job.id,
        (staged - started) / 1_000_000,
        (System.nanoTime() - staged) / 1_000_000);
  }

  /**
   * At commit: decides again only when a contact of the firm changed since the preview (created,
   * edited, trashed), since only then can a match or a hold-back differ. Saves a pass over every
   * staged row of a large import.
   */
  Map<String, Object> decideAgainIfNeeded(ImportJob job) {
    Object decidedAt = job.summary == null ? null : job.summary.get("decidedAt");
    if (decidedAt != null
        && !store.contactsChangedSince(job.id, java.time.Instant.parse((String) decidedAt))) {
      return job.summary;
    }
    return decide(job);
  }

  /**
   * Matches the staged rows again, holds back what a linked sheet must not write, and counts; also
   * run at commit.
   */
  Map<String, Object> decide(ImportJob job) {
    return decide(job, () -> store.match(job.id, job.policy));
  }

  /**
   * {@link #decide(ImportJob)} with {@code match} doing the matching: for rows just copied in, a
   * matching that moves them from COPY's temporary table into the staging table as it decides them.
   */
  private Map<String, Object> decide(ImportJob job, Runnable match) {
    var decidedAt = store.now();
    match.run();
    List<Map<String, Object>> conflicts = List.of();
    List<Map<String, Object>> removed = List.of();
    if (job.sheetLinkId != null) {
      conflicts = links.holdBack(job.sheetLinkId, job.id);
      removed = links.removed(job.sheetLinkId, job.id, job.sheetSelection);
    }
    store.markUnchanged(job.id);
    var summary = store.summary(job.id);
    summary.put("conflicts", conflicts);
    summary.put("removedFromSheet", removed);
    summary.put("decidedAt", decidedAt.toString());
    if (job.status == ImportStatus.RECEIVING || job.status == ImportStatus.READY) {
      job.ready(summary);
    }
    return summary;
  }

  @Transactional(readOnly = true)
  ImportView get(UUID id) {
    return view(jobs.require(id));
  }

  @Transactional
  ImportView undo(UUID id) {
    var job = jobs.lock(id);
    job.requireUndoable(settings.retention());
    var undone = writer.undo(job.id);
    if (job.sheetLinkId != null) {
      links.forgetTrashedContacts(job.sheetLinkId);
    }
    var summary = new LinkedHashMap<>(job.summary == null ? Map.<String, Object>of() : job.summary);
    summary.put("undo", undone.asMap());
    job.undone(summary);
    jobs.save(job);
    events.publishEvent(
        new ImportEvents.ImportUndone(
            job.id,
            CurrentUser.idOrNull(),
            CurrentUser.get().map(p -> p.email()).orElse(null),
            undone.removed(),
            undone.restored(),
            undone.editedSince()));
    return view(job);
  }

  ImportView view(ImportJob job) {
    return view(job, true);
  }

  /** The job as a list of imports shows it: without its rows, removed rows or conflicts. */
  ImportView listed(ImportJob job) {
    return view(job, false);
  }

  @SuppressWarnings("unchecked")
  private ImportView view(ImportJob job, boolean rows) {
    var summary = job.summary == null ? Map.<String, Object>of() : job.summary;
    List<PreviewRow> preview =
        rows && (job.status == ImportStatus.READY || job.status == ImportStatus.COMMITTING)
            ? store.staged(job.id, "true", PREVIEW_ROWS).stream()
                .map(ImportService::previewRow)
                .toList()
            : List.of();
    List<List<String>> samples =
        rows && job.status != ImportStatus.RECEIVING
            ? store.firstRows(job.id, job.headerRow, SAMPLE_ROWS)
            : List.of();
    return new ImportView(
        job.id,
        job.status,
        job.source,
        job.fileName,
        job.fileKind,
        job.sheetName,
        job.sheetLinkId,
        job.headerRow,
        job.reading,
        job.header,
        job.mapping,
        job.policy,
        job.rowsTotal,
        job.rowsDone,
        (Map<String, Object>) summary.get("counts"),
        (Map<String, Object>) summary.get("duplicates"),
        rows ? (List<Map<String, Object>>) summary.get("removedFromSheet") : null,
        rows ? (List<Map<String, Object>>) summary.get("conflicts") : null,
        preview,
        samples,
        (Map<String, Object>) summary.get("undo"),
        job.error,
        job.createdAt,
        job.committedAt,
        job.undoneAt,
        job.undoUntil(settings.retention()),
        job.version);
  }

  static PreviewRow previewRow(ImportStore.StagedView row) {
    var values = new LinkedHashMap<String, Object>();
    row.incoming()
        .forEach(
            (field, value) -> {
              if (value != null) {
                values.put(field, value);
              }
            });
    List<FieldProblem> errors = new ArrayList<>(problems(row.problem()));
    if (row.problem() == null && row.duplicateOf() != null) {
      errors.add(new FieldProblem("row", "repeats row " + row.duplicateOf() + " of this file"));
    }
    List<PreviewRow.FieldConflict> conflicts = new ArrayList<>();
    if (row.existing() != null) {
      values.forEach(
          (field, incoming) -> {
            Object current = row.existing().get(field);
            if (current != null
                && !field.equals("type")
                // Other emails and phones are added to the contact's, never replace them.
                && !field.equals("otherEmails")
                && !field.equals("otherPhones")
                && !String.valueOf(current).equals(String.valueOf(incoming))) {
              conflicts.add(new PreviewRow.FieldConflict(field, current, incoming));
            }
          });
    }
    return new PreviewRow(
        row.rowNumber(),
        row.action(),
        row.contactId(),
        row.duplicateOf(),
        values,
        errors,
        conflicts,
        problems(row.warning()));
  }

  /** "field: message" lines as problems. */
  static List<FieldProblem> problems(String lines) {
    List<FieldProblem> problems = new ArrayList<>();
    if (lines != null) {
      for (String part : lines.split("\n")) {
        int colon = part.indexOf(": ");
        problems.add(
            colon < 0
                ? new FieldProblem("row", part)
                : new FieldProblem(part.substring(0, colon), part.substring(colon + 2)));
      }
    }
    return problems;
  }

  /** Copies an upload to a temporary file, since the xlsx reader needs random access to the zip. */
  static Path spool(InputStream in) {
    try {
      Path file = Files.createTempFile("steward-import-", ".upload");
      try (in) {
        Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
