package dev.steward.mail.tracked;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
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
  RecurringTask<Void> trackedMailLookupTask(SentItemsLookup lookup, TrackedMailSettings settings) {
    return Tasks.recurring(NAME, Schedules.fixedDelay(settings.lookupInterval()))
        .execute((instance, context) -> lookup.lookUpDue());
  }
}
