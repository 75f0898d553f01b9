package dev.steward.spreadsheets;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration
@EnableConfigurationProperties(ImportSettings.class)
class ImportConfiguration {

  /**
   * Commits run here, a few at a time: each holds one long transaction and a connection, so an
   * unbounded pool would starve the requests of the pool's connections.
   */
  @Bean(name = "importExecutor", destroyMethod = "shutdown")
  ThreadPoolTaskExecutor importExecutor(ImportSettings settings) {
    var executor = new ThreadPoolTaskExecutor();
    executor.setCorePoolSize(settings.commitThreads());
    executor.setMaxPoolSize(settings.commitThreads());
    executor.setQueueCapacity(8);
    executor.setThreadNamePrefix("import-");
    executor.setWaitForTasksToCompleteOnShutdown(false);
    executor.initialize();
    return executor;
  }
}
