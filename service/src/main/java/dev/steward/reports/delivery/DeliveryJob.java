package dev.steward.reports.delivery;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delivery job: every {@code steward.reports.delivery.poll-interval} one instance looks for due
 * schedules, firm by firm. One recurring job rather than one per schedule keeps the job table free
 * of firms' ids, and an admin's change to a schedule needs no rescheduling: the next look sees it.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryJob {

  static final String NAME = "reports-delivery";

  @Bean
  RecurringTask<Void> reportsDelivery(ReportDeliveries deliveries, DeliverySettings settings) {
    return Tasks.recurring(NAME, Schedules.fixedDelay(settings.pollInterval()))
        .execute((instance, context) -> deliveries.deliverDue());
  }
}
