package dev.steward.platform.jobs;

import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every background job run ({@code steward.jobs.runs}, by task and result): the mailbox
 * syncs, the report deliveries, the purges and the backups, on whichever instance ran them.
 */
class JobMetrics implements StatsRegistry {

  private final MeterRegistry registry;

  JobMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void registerSingleCompletedExecution(ExecutionComplete completed) {
    Timer.builder("steward.jobs.runs")
        .description("Background job runs")
        .tag("task", completed.getExecution().taskInstance.getTaskName())
        .tag("result", completed.getResult().name().toLowerCase(java.util.Locale.ROOT))
        .register(registry)
        .record(completed.getDuration());
  }

  @Override
  public void register(SchedulerStatsEvent event) {
    if (event == SchedulerStatsEvent.UNEXPECTED_ERROR
        || event == SchedulerStatsEvent.COMPLETIONHANDLER_ERROR
        || event == SchedulerStatsEvent.FAILUREHANDLER_ERROR
        || event == SchedulerStatsEvent.DEAD_EXECUTION) {
      registry
          .counter(
              "steward.jobs.problems", "event", event.name().toLowerCase(java.util.Locale.ROOT))
          .increment();
    }
  }

  @Override
  public void register(CandidateStatsEvent event) {}

  @Override
  public void register(ExecutionStatsEvent event) {}
}
