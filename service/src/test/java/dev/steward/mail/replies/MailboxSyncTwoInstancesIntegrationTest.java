package dev.steward.mail.replies;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Two instances of the service share one database, each running its own db-scheduler over the same
 * job table (two schedulers of this JVM, each with its own name, threads and polling): the mailbox
 * sync job runs on one of them at a time, so a mailbox's inbox is read in full once and its replies
 * are recorded once.
 */
class MailboxSyncTwoInstancesIntegrationTest extends MailSyncTestSupport {

  @Autowired DataSource dataSource;

  @Autowired
  @Qualifier("mailboxSyncTask")
  RecurringTask<Void> mailboxSyncTask;

  private final List<String> executions = new CopyOnWriteArrayList<>();

  @Test
  void aMailboxIsSyncedOnceThoughBothInstancesRunTheSyncJob() throws Exception {
    UUID anna = contact("Anna", "Müller");
    UUID frank = contact("Frank", "Novák");
    UUID autumn = sentCampaign("Autumn estate-planning letter", "2026-10-01", anna, frank);
    campaignMail(autumn, anna, "<autumn-anna-" + run + "@steward.example>", "CONV-ANNA-" + run);
    graphServesTheInbox();
    addMailbox(api);

    Scheduler first = instance("instance-a");
    Scheduler second = instance("instance-b");
    first.start();
    second.start();
    try {
      waitFor(() -> count("select count(*) from mailbox_replies") == 2, Duration.ofSeconds(90));
      // The job runs every second; let it run several more times across the two instances
      int soFar = executions.size();
      waitFor(() -> executions.size() >= soFar + 3, Duration.ofSeconds(90));
    } finally {
      first.stop();
      second.stop();
    }

    assertThat(MICROSOFT.server().findAll(deltaRequested(null, null)))
        .as("full reads of the inbox")
        .hasSize(1);
    assertThat(MICROSOFT.server().findAll(deltaRequested("$skiptoken", "page-2-of-" + mailbox())))
        .hasSize(1);
    assertThat(count("select count(*) from mailbox_replies")).isEqualTo(2);
    assertThat(count("select count(*) from interactions where direction = 'inbound'")).isEqualTo(2);
    assertThat(executions)
        .as("every due execution of the job ran on one instance only")
        .doesNotHaveDuplicates();
    assertThat(
            executions.stream()
                .map(execution -> execution.substring(execution.indexOf(' ') + 1))
                .distinct())
        .hasSize(executions.size());
  }

  private Scheduler instance(String name) {
    return Scheduler.create(dataSource)
        .startTasks(mailboxSyncTask)
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

  private static void waitFor(BooleanSupplier condition, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited " + limit + " in vain").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
