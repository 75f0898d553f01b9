package dev.steward.spreadsheets;

import dev.steward.contacts.ContactBulk;
import dev.steward.identity.CurrentUser;
import dev.steward.platform.ConflictException;
import dev.steward.tenancy.CurrentTenant;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits import jobs in the background, and undoes them. A commit is ONE transaction: re-match
 * against the CRM as it is now, write the contacts through their bulk API from the staging table,
 * record the sheet link, mark the job committed. A failure anywhere rolls all of it back and marks
 * the job failed in a transaction of its own. An undo takes the same contacts back out.
 */
@Component
class ImportCommitter {

  private static final Logger log = LoggerFactory.getLogger(ImportCommitter.class);

  private final ImportJobs jobs;
  private final ImportDecisions decisions;
  private final ImportViews views;
  private final ImportSettings settings;
  private final ContactBulk contacts;
  private final SheetLinks links;
  private final ThreadPoolTaskExecutor executor;
  private final TransactionTemplate transaction;
  private final TransactionTemplate separate;
  private final ApplicationEventPublisher events;
  private final Map<UUID, UUID> running = new ConcurrentHashMap<>();

  /**
   * Called after each step of a commit with the rows done; tests use it to fail a commit half-way.
   */
  volatile IntConsumer afterStep = rows -> {};

  private final ImportMetrics metrics;

  ImportCommitter(
      ImportJobs jobs,
      ImportDecisions decisions,
      ImportViews views,
      ImportSettings settings,
      ContactBulk contacts,
      SheetLinks links,
      @Qualifier("importExecutor") ThreadPoolTaskExecutor executor,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events,
      ImportMetrics metrics) {
    this.metrics = metrics;
    this.jobs = jobs;
    this.decisions = decisions;
    this.views = views;
    this.settings = settings;
    this.contacts = contacts;
    this.links = links;
    this.executor = executor;
    this.transaction = new TransactionTemplate(transactions);
    this.separate = new TransactionTemplate(transactions);
    this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.events = events;
  }

  /**
   * Moves the job to {@code committing} and queues it; the caller polls or listens for the outcome.
   */
  ImportView start(UUID id) {
    UUID tenant = CurrentTenant.require();
    UUID user = CurrentUser.idOrNull();
    String label = CurrentUser.get().map(p -> p.email()).orElse(null);
    if (executor.getThreadPoolExecutor().getQueue().remainingCapacity() == 0) {
      throw new ConflictException(
          "Too many imports are being committed right now. Try again in a minute.");
    }
    var view =
        transaction.execute(
            status -> {
              var job = jobs.lock(id);
              job.startCommit();
              jobs.save(job);
              return views.view(job);
            });
    try {
      running.put(id, tenant);
      executor.execute(() -> CurrentTenant.runAs(tenant, () -> run(id, user, label)));
    } catch (RejectedExecutionException e) {
      running.remove(id);
      fail(tenant, id, "Too many imports were being committed; commit again in a minute.");
    }
    return view;
  }

  /**
   * Takes a committed import back out: trashes the contacts it created and restores the ones it
   * updated, except those edited since, which are listed and left alone. In a transaction of its
   * own, through the template: a proxy around this class would hide {@link #afterStep} from tests.
   */
  ImportView undo(UUID id) {
    return transaction.execute(
        status -> {
          var job = jobs.lock(id);
          job.requireUndoable(settings.retention());
          var undone = contacts.undo(ImportStore.STAGING, job.id());
          UUID link = job.layout().sheetLinkId();
          if (link != null) {
            links.forgetTrashedContacts(link);
          }
          job.undone(
              new ImportSummary.Undo(undone.removed(), undone.restored(), undone.editedSince()));
          jobs.save(job);
          events.publishEvent(
              new ImportEvents.ImportUndone(
                  job.id(),
                  CurrentUser.idOrNull(),
                  CurrentUser.get().map(p -> p.email()).orElse(null),
                  undone.removed(),
                  undone.restored(),
                  undone.editedSince()));
          return views.view(job);
        });
  }

  boolean isRunning(UUID id) {
    return running.containsKey(id);
  }

  /** The jobs this instance is committing now. */
  Set<UUID> runningHere() {
    return Set.copyOf(running.keySet());
  }

  /**
   * Stamps this instance's commits as alive, so that a step that runs long without reporting
   * progress (matching a large file again, say) is never taken for a commit a stopped instance left
   * behind. This stays on Spring's {@code @Scheduled}, not db-scheduler: each instance must stamp
   * the commits only it is running, and a job claimed through the database would run on one
   * instance only.
   */
  @Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
  void heartbeat() {
    running.forEach(
        (id, tenant) -> {
          try {
            CurrentTenant.runAs(
                tenant, () -> separate.executeWithoutResult(status -> jobs.heartbeat(id)));
          } catch (RuntimeException e) {
            log.warn("Could not stamp import {} as alive: {}", id, e.toString());
          }
        });
  }

  private void run(UUID id, UUID user, String label) {
    long began = System.nanoTime();
    try {
      int committedRows =
          transaction.execute(
              status -> {
                long started = System.nanoTime();
                jobs.holdWhileCommitting(id);
                var job = jobs.require(id);
                var decided = decisions.decideAgainIfNeeded(job);
                long matched = System.nanoTime();
                contacts.write(
                    ImportStore.STAGING,
                    id,
                    user,
                    rows -> {
                      separate.executeWithoutResult(s -> jobs.progress(id, rows));
                      afterStep.accept(rows);
                    });
                UUID link = job.layout().sheetLinkId();
                if (link != null) {
                  links.recordSync(link, id);
                }
                job.committed(decided);
                jobs.save(job);
                log.info(
                    "Import {} committed: matched in {} ms, written in {} ms",
                    id,
                    (matched - started) / 1_000_000,
                    (System.nanoTime() - matched) / 1_000_000);
                var counts = decided.counts();
                events.publishEvent(
                    new ImportEvents.ImportCommitted(
                        id,
                        user,
                        label,
                        job.origin().fileName(),
                        counts.created(),
                        counts.updated(),
                        counts.unchanged(),
                        counts.skipped(),
                        counts.rejected()));
                return job.progress().rowsTotal();
              });
      metrics.committed(Duration.ofNanos(System.nanoTime() - began), committedRows);
    } catch (RuntimeException e) {
      log.warn("Import {} failed and was rolled back: {}", id, e.toString());
      metrics.failed(Duration.ofNanos(System.nanoTime() - began));
      fail(CurrentTenant.require(), id, reason(e));
    } finally {
      running.remove(id);
    }
  }

  private static String reason(RuntimeException e) {
    if (e instanceof DataIntegrityViolationException) {
      return "The import clashes with contacts saved meanwhile (for example, two rows now share an email). Nothing"
          + " was imported; open the import again to see the current preview, then commit.";
    }
    return "The import stopped before it finished, so nothing was imported. Commit it again; if it fails again,"
        + " download the rejected rows or contact your administrator.";
  }

  private void fail(UUID tenant, UUID id, String reason) {
    CurrentTenant.runAs(
        tenant,
        () ->
            separate.executeWithoutResult(
                status -> {
                  var job = jobs.lock(id);
                  if (job.status() == ImportStatus.COMMITTING) {
                    job.failed(reason);
                    jobs.save(job);
                  }
                }));
  }
}
