package dev.steward.platform.jobs;

import com.github.kagkarlsson.scheduler.stats.StatsRegistry;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one scheduler of background and recurring work. Features declare their jobs as db-scheduler
 * {@link Task} beans in their own packages; this only runs them. db-scheduler's Spring Boot starter
 * is not used: its auto-configuration is written against Spring Boot 3's class names, and the
 * scheduler is small enough to build here.
 */
@Configuration(proxyBeanMethods = false)
class JobConfiguration {

  @Bean
  JobScheduler jobScheduler(
      DataSource dataSource,
      ObjectProvider<Task<?>> tasks,
      JobSettings settings,
      ObjectProvider<MeterRegistry> meters) {
    StatsRegistry stats =
        meters.getIfAvailable() == null ? StatsRegistry.NOOP : new JobMetrics(meters.getObject());
    return new JobScheduler(dataSource, tasks.orderedStream().toList(), settings, stats);
  }
}
