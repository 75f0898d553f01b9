package dev.steward.spreadsheets;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The imports' background jobs, which the platform's scheduler runs on one instance at a time. */
@Configuration(proxyBeanMethods = false)
class ImportJobsSchedule {

  @Bean
  RecurringTask<Void> importsStaleCommitSweep(StaleCommitSweeper sweeper) {
    return Tasks.recurring(StaleCommitSweeper.JOB, Schedules.fixedDelay(Duration.ofMinutes(1)))
        .execute((instance, context) -> sweeper.sweepAllFirms());
  }

  @Bean
  RecurringTask<Void> importsRowsPurge(ImportRowsPurger purger) {
    return Tasks.recurring(ImportRowsPurger.JOB, Schedules.cron("0 37 3 * * *"))
        .execute((instance, context) -> purger.purgeAllFirms());
  }
}
