package dev.steward.mail.tracked;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tracked-mail job: every {@code steward.mail.tracked.lookup-interval} (a minute) one instance
 * looks for tracked mails in Sent Items, when Microsoft 365 is connected.
 */
@Configuration(proxyBeanMethods = false)
class TrackedMailJob {

  static final String NAME = "mail-tracked-lookup";

  @Bean
  RecurringTask<Void> trackedMailLookupTask(
      SentItemsLookup lookup,
      @Value("${steward.mail.tracked.lookup-interval:1m}") Duration interval) {
    return Tasks.recurring(NAME, Schedules.fixedDelay(interval))
        .execute((instance, context) -> lookup.lookUpDue());
  }
}
