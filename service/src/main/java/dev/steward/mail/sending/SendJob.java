package dev.steward.mail.sending;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The campaign send job: every {@code steward.mail.sending.poll-interval} one instance sends what
 * is due, for at most five minutes a run. db-scheduler gives each run to one instance and runs it
 * again after a crash; the member claims in the database make a run cut short resumable.
 */
@Configuration(proxyBeanMethods = false)
class SendJob {

  static final String NAME = "mail-campaign-send";
  static final Duration RUN_FOR = Duration.ofMinutes(5);

  @Bean
  RecurringTask<Void> campaignSendTask(CampaignSender sender, SendingSettings settings) {
    return Tasks.recurring(NAME, Schedules.fixedDelay(settings.pollInterval()))
        .execute(
            (instance, context) -> {
              if (settings.enabled()) {
                sender.sendDue(RUN_FOR);
              }
            });
  }
}
