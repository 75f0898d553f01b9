package dev.steward.reports.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Two instances of the service share one database: each runs its own db-scheduler over the same job
 * table, and a due job runs on one of them only. The instances here are two schedulers of this JVM,
 * each with its own name, threads and polling, which is all that sets two service instances apart
 * as far as the job table can tell.
 */
class TwoInstancesIntegrationTest extends DeliveryTestSupport {

  @Autowired DataSource dataSource;

  @Autowired
  @Qualifier("reportsDelivery")
  RecurringTask<Void> reportsDelivery;

  /** Each execution that ran: the instance's name and the execution's due time. */
  private final List<String> executions = new CopyOnWriteArrayList<>();

  @Test
  void aDueReportIsDeliveredOnceThoughBothInstancesRunTheDeliveryJob() throws Exception {
    graphAcceptsUploads(dev.steward.microsoft.FakeMicrosoft.APP_TENANT, "app-token-two-instances");
    assertThat(
            api.put("/api/reports/schedule", dailyPortfolioInto("Reports/Two instances"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    dueNow(firm);

    Scheduler first = instance("instance-a", reportsDelivery);
    Scheduler second = instance("instance-b", reportsDelivery);
    first.start();
    second.start();
    try {
      waitFor(() -> runs("delivered") == 1, Duration.ofSeconds(60));
      // The job polls every second; let it run several more times across the two instances
      int soFar = executions.size();
      waitFor(() -> executions.size() >= soFar + 3, Duration.ofSeconds(60));
    } finally {
      first.stop();
      second.stop();
    }

    assertThat(content.of(firm)).hasSize(1);
    assertThat(runs("delivered")).isEqualTo(1);
    assertThat(
            inFirm(
                firm,
                () ->
                    jdbc.sql("select count(*) from report_deliveries").query(Long.class).single()))
        .isEqualTo(1);
    assertThat(
            MICROSOFT
                .server()
                .findAll(
                    putRequestedFor(
                        urlPathMatching(
                            "/v1.0/drives/" + DRIVE + "/root:/Reports/Two%20instances/.*"))))
        .hasSize(1);
    assertThat(executions)
        .as("every due execution of the job ran on one instance only")
        .doesNotHaveDuplicates()
        .hasSizeGreaterThanOrEqualTo(4);
    assertThat(
            executions.stream()
                .map(execution -> execution.substring(execution.indexOf(' ') + 1))
                .distinct())
        .hasSize(executions.size());
  }

  @Test
  void eachOfManyDueJobsRunsExactlyOnceAcrossTwoInstances() throws Exception {
    Map<String, Integer> ran = new ConcurrentHashMap<>();
    OneTimeTask<Void> probe =
        Tasks.oneTime("two-instances-probe")
            .execute((instance, context) -> ran.merge(instance.getId(), 1, Integer::sum));
    Scheduler first = instance("instance-a", probe);
    Scheduler second = instance("instance-b", probe);
    Instant now = Instant.now();
    for (int i = 0; i < 40; i++) {
      first.schedule(probe.instance("job-" + i), now);
    }
    first.start();
    second.start();
    try {
      waitFor(
          () -> ran.size() == 40 && pending("two-instances-probe") == 0, Duration.ofSeconds(60));
    } finally {
      first.stop();
      second.stop();
    }

    assertThat(ran).hasSize(40);
    assertThat(ran.values()).as("runs per job").containsOnly(1);
    Map<String, Long> byInstance =
        executions.stream()
            .collect(
                Collectors.groupingBy(
                    execution -> execution.substring(0, execution.indexOf(' ')),
                    Collectors.counting()));
    assertThat(byInstance.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(40);
  }

  private Scheduler instance(String name, Task<?> task) {
    var builder =
        task instanceof RecurringTask<?> recurring
            ? Scheduler.create(dataSource).startTasks(recurring)
            : Scheduler.create(dataSource, task);
    return builder
        .schedulerName(new SchedulerName.Fixed(name))
        .threads(4)
        .pollingInterval(Duration.ofMillis(100))
        .shutdownMaxWait(Duration.ofSeconds(10))
        .addExecutionInterceptor(
            (instance, context, chain) -> {
              executions.add(
                  name
                      + " "
                      + instance.getTaskAndInstance()
                      + "@"
                      + context.getExecution().executionTime);
              return chain.proceed(instance, context);
            })
        .build();
  }

  private long runs(String status) {
    return inFirm(
        firm,
        () ->
            jdbc.sql("select count(*) from report_deliveries where status = ?")
                .param(status)
                .query(Long.class)
                .single());
  }

  private long pending(String task) {
    return jdbc.sql("select count(*) from scheduled_tasks where task_name = ?")
        .param(task)
        .query(Long.class)
        .single();
  }

  private static void waitFor(BooleanSupplier condition, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited " + limit + " in vain").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
