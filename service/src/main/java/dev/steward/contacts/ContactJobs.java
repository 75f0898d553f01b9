package dev.steward.contacts;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The contacts' background jobs, which the platform's scheduler runs on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class ContactJobs {

  @Bean
  RecurringTask<Void> contactsTrashPurge(
      TrashPurger purger, @Value("${steward.trash.purge-cron:0 17 3 * * *}") String cron) {
    return Tasks.recurring(TrashPurger.JOB, Schedules.cron(cron))
        .execute((instance, context) -> purger.purgeAllFirms());
  }
}
