package dev.steward.spreadsheets;

import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the user changes before a commit: the mapping of the columns onto contact fields, and the
 * policy for rows that match a contact. Each change maps or decides the rows again.
 */
@Service
class ImportMapping {

  private static final Logger log = LoggerFactory.getLogger(ImportMapping.class);

  private final ImportJobs jobs;
  private final ImportStore store;
  private final RawRows rawRows;
  private final StagedRows staged;
  private final RowMappers mappers;
  private final ImportDecisions decisions;
  private final ImportViews views;

  ImportMapping(
      ImportJobs jobs,
      ImportStore store,
      RawRows rawRows,
      StagedRows staged,
      RowMappers mappers,
      ImportDecisions decisions,
      ImportViews views) {
    this.jobs = jobs;
    this.store = store;
    this.rawRows = rawRows;
    this.staged = staged;
    this.mappers = mappers;
    this.decisions = decisions;
    this.views = views;
  }

  @Transactional
  ImportView remap(UUID id, List<ColumnChoice> mapping) {
    var job = jobs.lock(id);
    var header = job.layout().header();
    var types = mappers.customFieldTypes();
    List<FieldProblem> problems = new ArrayList<>();
    var byColumn = new LinkedHashMap<Integer, ColumnMapping>();
    for (int i = 0; i < mapping.size(); i++) {
      var column = mapping.get(i);
      if (column.column() >= header.size()) {
        problems.add(
            new FieldProblem(
                "mapping[" + i + "].column",
                "must be less than " + header.size() + ", the number of columns"));
      } else if (column.field() == ImportField.CUSTOM_FIELD
          && (column.customField() == null || !types.containsKey(column.customField()))) {
        problems.add(
            new FieldProblem(
                "mapping[" + i + "].customField",
                "is not a custom field of this firm; an"
                    + " admin adds it under custom fields first"));
      } else {
        String name = header.get(column.column());
        // A column the user maps by hand keeps the label its header gives ("Home Email": home).
        var known = HeaderSynonyms.match(name);
        byColumn.put(
            column.column(),
            new ColumnMapping(
                column.column(),
                name,
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
    var current = job.layout().mapping();
    var complete = new ArrayList<ColumnMapping>();
    for (int c = 0; c < header.size(); c++) {
      var given = byColumn.get(c);
      var before = c < current.size() ? current.get(c) : null;
      complete.add(
          given != null
              ? given
              : before != null
                  ? before
                  : new ColumnMapping(c, header.get(c), ImportField.IGNORE, null, false));
    }
    job.remap(complete);
    analyse(job);
    jobs.save(job);
    return views.view(job);
  }

  @Transactional
  ImportView choose(UUID id, ImportPolicy policy) {
    var job = jobs.lock(id);
    job.choose(policy);
    decisions.decide(job);
    jobs.save(job);
    return views.view(job);
  }

  /**
   * Maps every row again (the mapping changed, or the rows are all in), then decides and counts.
   */
  void analyse(ImportJob job) {
    long started = System.nanoTime();
    var mapper = mappers.forMapping(job.layout().mapping());
    UUID tenant = job.origin().tenantId();
    staged.clear(job.id());
    rawRows.forEachBatch(
        job.id(),
        job.layout().headerRow(),
        batch -> {
          try (var copy = staged.openHeld()) {
            for (var row : batch) {
              staged.write(copy, tenant, job.id(), mapper.map(row.getKey(), row.getValue()));
            }
          }
        });
    long staged = System.nanoTime();
    decisions.decide(
        job, () -> store.matchHeld(job.id(), job.progress().policy(), job.progress().rowsTotal()));
    log.info(
        "Import {}: mapped in {} ms, decided in {} ms",
        job.id(),
        (staged - started) / 1_000_000,
        (System.nanoTime() - staged) / 1_000_000);
  }
}
