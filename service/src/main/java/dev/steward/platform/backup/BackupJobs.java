package dev.steward.platform.backup;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily backup of the embedded database, run by the platform's scheduler on one instance. */
@Configuration(proxyBeanMethods = false)
class BackupJobs {

  static final String JOB = "platform-database-backup";
  private static final Logger log = LoggerFactory.getLogger(BackupJobs.class);

  @Bean
  RecurringTask<Void> databaseBackup(Backups backups, BackupSettings settings) {
    return Tasks.recurring(JOB, Schedules.cron(settings.cron()))
        .execute(
            (instance, context) -> {
              if (backups.enabled()) {
                backups.backUpNow();
              } else {
                log.debug(
                    "No backup by the service: the database is external (back it up with pg_dump) or "
                        + "steward.backup.enabled is false");
              }
            });
  }
}
