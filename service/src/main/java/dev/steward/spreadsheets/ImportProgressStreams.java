package dev.steward.spreadsheets;

import dev.steward.tenancy.CurrentTenant;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent progress of import jobs. One scheduler thread reads each watched job twice a second
 * (from the database, so that any instance can serve a job another instance commits) and sends a
 * {@code progress} event when it changed; the stream ends when the job is committed, failed or
 * undone.
 */
@Component
class ImportProgressStreams {

  private static final Set<ImportStatus> FINAL =
      Set.of(ImportStatus.COMMITTED, ImportStatus.FAILED, ImportStatus.UNDONE);

  private final ImportJobs jobs;
  private final TransactionTemplate readOnly;
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            var thread = new Thread(r, "import-progress");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<SseEmitter, Watch> watches = new ConcurrentHashMap<>();

  private record Watch(UUID tenant, UUID job, String[] last) {}

  /** One progress event. */
  record Progress(UUID id, ImportStatus status, int rowsDone, int rowsTotal, String error) {}

  ImportProgressStreams(ImportJobs jobs, PlatformTransactionManager transactions) {
    this.jobs = jobs;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    ticker.scheduleWithFixedDelay(this::tick, 500, 500, TimeUnit.MILLISECONDS);
  }

  SseEmitter watch(UUID job) {
    readOnly.executeWithoutResult(status -> jobs.require(job));
    var emitter = new SseEmitter(TimeUnit.MINUTES.toMillis(30));
    var watch = new Watch(CurrentTenant.require(), job, new String[1]);
    emitter.onCompletion(() -> watches.remove(emitter));
    emitter.onTimeout(() -> watches.remove(emitter));
    emitter.onError(e -> watches.remove(emitter));
    if (send(emitter, watch)) {
      watches.put(emitter, watch);
    }
    return emitter;
  }

  private void tick() {
    watches.forEach(
        (emitter, watch) -> {
          if (!send(emitter, watch)) {
            watches.remove(emitter);
          }
        });
  }

  /** Sends the job's progress if it changed; false once the stream is over. */
  private boolean send(SseEmitter emitter, Watch watch) {
    try {
      var progress =
          CurrentTenant.callAs(
              watch.tenant(),
              () ->
                  readOnly.execute(
                      status ->
                          jobs.find(watch.job())
                              .map(
                                  j ->
                                      new Progress(
                                          j.id(),
                                          j.status(),
                                          j.progress().rowsDone(),
                                          j.progress().rowsTotal(),
                                          j.progress().error()))
                              .orElse(null)));
      if (progress == null) {
        emitter.complete();
        return false;
      }
      String key = progress.status() + "/" + progress.rowsDone();
      if (!key.equals(watch.last()[0])) {
        watch.last()[0] = key;
        emitter.send(SseEmitter.event().name("progress").data(progress));
      }
      if (FINAL.contains(progress.status())) {
        emitter.complete();
        return false;
      }
      return true;
    } catch (IOException | RuntimeException e) {
      emitter.completeWithError(e);
      return false;
    }
  }

  @PreDestroy
  void stop() {
    ticker.shutdownNow();
  }
}
