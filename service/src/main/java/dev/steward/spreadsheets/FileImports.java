package dev.steward.spreadsheets;

import dev.steward.identity.CurrentUser;
import dev.steward.spreadsheets.read.ReadBudget;
import dev.steward.spreadsheets.read.ReadOptions;
import dev.steward.spreadsheets.read.SheetReader;
import dev.steward.spreadsheets.read.UnreadableFileException;
import dev.steward.tenancy.CurrentTenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of uploaded files. A file is read, mapped and decided in one transaction: one that turns
 * out bad half-way leaves no job and no rows behind. What it may hold and how long it may take are
 * counted by a {@link ReadBudget} as its rows are read; past either, the import is refused whole.
 */
@Service
class FileImports {

  private static final Logger log = LoggerFactory.getLogger(FileImports.class);

  private final ImportJobs jobs;
  private final ImportStore store;
  private final RawRows rawRows;
  private final StagedRows staged;
  private final RowMappers mappers;
  private final ImportDecisions decisions;
  private final ImportViews views;
  private final ImportSettings settings;

  FileImports(
      ImportJobs jobs,
      ImportStore store,
      RawRows rawRows,
      StagedRows staged,
      RowMappers mappers,
      ImportDecisions decisions,
      ImportViews views,
      ImportSettings settings) {
    this.jobs = jobs;
    this.store = store;
    this.rawRows = rawRows;
    this.staged = staged;
    this.mappers = mappers;
    this.decisions = decisions;
    this.views = views;
    this.settings = settings;
  }

  /**
   * Reads an uploaded file (saved to {@code file}) into a new job, and previews it, with what the
   * user chose instead of Steward's guesses.
   *
   * @param spent how long ago the upload arrived: an import's time counts from there
   */
  @Transactional
  ImportView create(Path file, String fileName, Duration spent, UploadChoices choices) {
    try {
      if (Files.size(file) > settings.maxFileSize().toBytes()) {
        throw UnreadableFileException.tooLarge(settings.maxFileSize().toBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var budget = new ReadBudget(settings.readLimits(), 0, settings.maxUploadTime().minus(spent));
    try {
      return read(file, fileName, budget, choices);
    } catch (RuntimeException e) {
      throw ImportStore.canceledByTimeout(e)
          ? UnreadableFileException.timedOut(settings.maxUploadTime())
          : e;
    }
  }

  private ImportView read(Path file, String fileName, ReadBudget budget, UploadChoices choices) {
    // PostgreSQL stops the statements too when the time is up (the COPY lasts as long as the file
    // is read).
    store.limitStatements(budget.timeLeft());
    var job =
        ImportJob.start(CurrentTenant.require(), CurrentUser.idOrNull(), "file", fileName, "csv");
    var tenant = job.origin().tenantId();
    jobs.insert(job);
    long started = System.nanoTime();
    var headerCells = new ArrayList<String>();
    int[] rows = {0};
    // Rows are mapped as they are read, with the mapping the header suggests, so that the file's
    // rows need not be read back; what the mapper needs is looked up first, as the COPY holds the
    // connection until the file is read.
    var mappers = this.mappers.prepare();
    RowMapper[] mapper = {null};
    SheetReader.Result result;
    try (var copy = staged.openFileRows()) {
      var headered =
          new HeaderedRows(
              choices.headerRow(),
              new HeaderedRows.Receiver() {
                @Override
                public void header(int rowNumber, List<String> cells, List<List<String>> samples) {
                  var header = HeaderSynonyms.headerNames(cells);
                  headerCells.addAll(cells);
                  var mapping = ColumnValues.check(HeaderSynonyms.detect(header), samples);
                  job.header(rowNumber, header, mapping);
                  mapper[0] = mappers.apply(mapping);
                }

                @Override
                public void row(int rowNumber, List<String> cells) {
                  rows[0]++;
                  staged.writeFileRow(
                      copy, tenant, job.id(), cells, mapper[0].map(rowNumber, cells));
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
    if (headerCells.isEmpty()) {
      throw new UnreadableFileException(
          "empty-sheet", "The sheet is empty: there is no header row and no contact.");
    }
    if (rows[0] == 0) {
      throw new UnreadableFileException(
          "header-only", "The sheet has a header row but no contacts below it.");
    }
    job.fileRead(
        result.kind().value(),
        result.sheetName(),
        reading(result, choices),
        rows[0],
        budget.spent());
    long read = System.nanoTime();
    budget.checkTime();
    store.limitStatements(budget.timeLeft());
    rawRows.insert(tenant, job.id(), job.layout().headerRow(), headerCells);
    decisions.decide(job, () -> store.matchFileRows(job.id(), job.progress().policy(), rows[0]));
    jobs.save(job);
    log.info(
        "Import {}: read and mapped {} rows of {} in {} ms, decided in {} ms",
        job.id(),
        rows[0],
        result.kind().value(),
        (read - started) / 1_000_000,
        (System.nanoTime() - read) / 1_000_000);
    return views.view(job);
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

  /** Copies an upload to a temporary file, since the xlsx reader needs random access to the zip. */
  static Path spool(InputStream in) {
    try {
      Path file = Files.createTempFile("steward-import-", ".upload");
      try (in) {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
