package dev.steward.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs db-scheduler for the tasks the features declare as beans. Recurring tasks are registered at
 * start (an instance that finds one already in the table leaves its next time alone). The scheduler
 * starts once the application context is complete, so that no job runs before the schema is
 * migrated or its beans exist, and stops first on shutdown, letting running executions finish
 * within {@link JobSettings#shutdownWait()}. A db-scheduler {@link Scheduler} cannot start again
 * once stopped, so each start builds a new one (a context may be stopped and started again).
 */
class JobScheduler implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

  private final DataSource dataSource;
  private final List<Task<?>> tasks;
  private final JobSettings settings;
  private final StatsRegistry stats;
  private final String name = instanceName();
  private volatile Scheduler scheduler;

  JobScheduler(
      DataSource dataSource, List<Task<?>> tasks, JobSettings settings, StatsRegistry stats) {
    this.stats = stats;
    this.dataSource = dataSource;
    this.tasks = List.copyOf(tasks);
    this.settings = settings;
  }

  @Override
  public synchronized void start() {
    if (!settings.enabled()) {
      log.info("This instance runs no background jobs (steward.jobs.enabled=false)");
      return;
    }
    if (scheduler == null) {
      scheduler = build();
      scheduler.start();
      log.debug(
          "Jobs known to the scheduler {}: {}", name, tasks.stream().map(Task::getName).toList());
    }
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.stop();
      scheduler = null;
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }

  // Started after everything else (the web server too), stopped before it: no job runs against a
  // half-built context.
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }

  private Scheduler build() {
    List<RecurringTask<?>> recurring =
        tasks.stream()
            .filter(task -> task instanceof RecurringTask<?>)
            .<RecurringTask<?>>map(task -> (RecurringTask<?>) task)
            .toList();
    // db-scheduler adds the start tasks to the known ones itself
    List<Task<?>> others =
        tasks.stream().filter(task -> !(task instanceof RecurringTask<?>)).toList();
    return Scheduler.create(dataSource, others)
        .startTasks(recurring)
        .schedulerName(new SchedulerName.Fixed(name))
        .threads(settings.threads())
        .pollingInterval(settings.pollingInterval())
        .heartbeatInterval(settings.heartbeatInterval())
        .shutdownMaxWait(settings.shutdownWait())
        .enableImmediateExecution()
        .statsRegistry(stats)
        .build();
  }

  /**
   * The host name with a suffix, so that two instances on one machine are told apart in {@code
   * picked_by}.
   */
  private static String instanceName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "steward";
    }
    return host + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
