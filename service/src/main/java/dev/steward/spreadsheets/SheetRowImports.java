package dev.steward.spreadsheets;

import dev.steward.identity.CurrentUser;
import dev.steward.platform.InvalidInputException;
import dev.steward.spreadsheets.read.FileKind;
import dev.steward.spreadsheets.read.ReadBudget;
import dev.steward.spreadsheets.read.UnreadableFileException;
import dev.steward.tenancy.CurrentTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of rows the Excel pane posts, in one request or in chunks. A chunk that takes the import
 * past its bounds on text or past its time refuses the whole import.
 */
@Service
class SheetRowImports {

  private static final Logger log = LoggerFactory.getLogger(SheetRowImports.class);

  /** Refusals that end a whole import received in chunks, not only the chunk that met them. */
  private static final Set<String> ENDS_THE_IMPORT = Set.of("too-much-text", "upload-timeout");

  private final ImportJobs jobs;
  private final ImportStore store;
  private final RawRows rawRows;
  private final SheetLinks links;
  private final ImportMapping mapping;
  private final ImportViews views;
  private final ImportSettings settings;
  private final TransactionTemplate transaction;

  SheetRowImports(
      ImportJobs jobs,
      ImportStore store,
      RawRows rawRows,
      SheetLinks links,
      ImportMapping mapping,
      ImportViews views,
      ImportSettings settings,
      PlatformTransactionManager transactions) {
    this.jobs = jobs;
    this.store = store;
    this.rawRows = rawRows;
    this.links = links;
    this.mapping = mapping;
    this.views = views;
    this.settings = settings;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The first chunk of rows posted by the Excel pane (or all of them). */
  @Transactional
  ImportView create(SheetRows request) {
    var budget = settings.readLimits().start();
    try {
      return start(request, budget);
    } catch (RuntimeException e) {
      throw ImportStore.canceledByTimeout(e)
          ? UnreadableFileException.timedOut(settings.maxUploadTime())
          : e;
    }
  }

  private ImportView start(SheetRows request, ReadBudget budget) {
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
    boolean named = !isBlank(request.workbookName()) && !isBlank(request.sheetName());
    job.linkSheet(
        named
            ? links.findOrCreate(
                request.workbookName().strip(), request.sheetName().strip(), CurrentUser.idOrNull())
            : null,
        request.sheetName(),
        Boolean.TRUE.equals(request.selection()));
    int headerRow = request.headerRow() == null ? 1 : request.headerRow();
    for (int i = 0; i < request.header().size(); i++) {
      budget.cell(headerRow, i, length(request.header().get(i)));
    }
    budget.endRow();
    var header = HeaderSynonyms.headerNames(request.header());
    job.header(headerRow, header, HeaderSynonyms.detect(header));
    store.limitStatements(budget.timeLeft());
    jobs.insert(job);
    rawRows.insert(job.origin().tenantId(), job.id(), headerRow, request.header());
    appendTo(job, request, budget);
    jobs.save(job);
    return views.view(job);
  }

  /**
   * A further chunk of rows for a job still receiving them. A refused chunk is rolled back, then
   * the job and the rows of the chunks before are removed, in a transaction of their own.
   */
  ImportView append(UUID id, SheetRows request) {
    try {
      return transaction.execute(
          status -> {
            var job = jobs.lock(id);
            job.requireReceiving();
            var budget =
                new ReadBudget(settings.readLimits(), job.progress().textChars(), timeLeft(job));
            store.limitStatements(budget.timeLeft());
            appendTo(job, request, budget);
            jobs.save(job);
            return views.view(job);
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
    return settings
        .maxUploadTime()
        .minus(Duration.between(job.origin().createdAt(), Instant.now()));
  }

  private void appendTo(ImportJob job, SheetRows request, ReadBudget budget) {
    int headerRow = job.layout().headerRow();
    int next = request.startRow() != null ? request.startRow() : rawRows.lastRow(job.id()) + 1;
    if (next <= headerRow) {
      throw InvalidInputException.of(
          "startRow", "must be below the header row (" + headerRow + ")");
    }
    int added = copyRows(job, request.rows(), next, budget);
    job.appendRows(added, budget.spent());
    if (request.complete() == null || request.complete()) {
      if (job.progress().rowsTotal() == 0) {
        throw new UnreadableFileException(
            "header-only", "The sheet has a header row but no contacts below it.");
      }
      budget.checkTime();
      store.limitStatements(budget.timeLeft());
      // The header proposed the mapping when the first chunk came; now the values have their say.
      var samples = rawRows.firstRows(job.id(), headerRow, ImportViews.SAMPLE_ROWS);
      job.header(
          headerRow, job.layout().header(), ColumnValues.check(job.layout().mapping(), samples));
      mapping.analyse(job);
    }
  }

  /** Copies the non-blank rows of a chunk, numbered from {@code first}; returns how many. */
  private int copyRows(ImportJob job, List<List<String>> rows, int first, ReadBudget budget) {
    int added = 0;
    int rowNumber = first;
    try (var copy = rawRows.open()) {
      for (List<String> cells : rows) {
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
              "rows[" + (rowNumber - first) + "]",
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
          RawRows.write(copy, job.origin().tenantId(), job.id(), rowNumber, cells);
          added++;
        }
        rowNumber++;
      }
    }
    return added;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static int length(String cell) {
    return cell == null ? 0 : cell.length();
  }
}
