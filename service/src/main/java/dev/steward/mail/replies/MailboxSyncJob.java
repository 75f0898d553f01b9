package dev.steward.mail.replies;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mailbox sync job: every {@code steward.mail.replies.poll-interval} one instance syncs every
 * firm's mailboxes. db-scheduler gives each execution to one instance; each mailbox's lease keeps a
 * sync started by hand from running beside it.
 */
@Configuration(proxyBeanMethods = false)
class MailboxSyncJob {

  static final String NAME = "mail-mailbox-sync";

  @Bean
  RecurringTask<Void> mailboxSyncTask(MailboxSync sync, ReplyDetectionSettings settings) {
    return Tasks.recurring(NAME, Schedules.fixedDelay(settings.pollInterval()))
        .execute((instance, context) -> sync.syncAll());
  }
}
