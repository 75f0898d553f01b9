package dev.steward.platform.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the background-job scheduler runs ({@code steward.jobs.*}). Every instance runs one; the
 * database decides which instance runs each execution.
 *
 * @param enabled whether this instance takes part in running jobs at all (an instance with {@code
 *     false} leaves them to the others)
 * @param threads executions this instance runs at the same time
 * @param pollingInterval how often this instance looks for due executions
 * @param heartbeatInterval how often a running execution shows it is alive; one silent for four of
 *     these counts as dead (its instance stopped) and is run again
 * @param shutdownWait how long a stopping instance lets running executions finish
 */
@ConfigurationProperties("steward.jobs")
record JobSettings(
    Boolean enabled,
    Integer threads,
    Duration pollingInterval,
    Duration heartbeatInterval,
    Duration shutdownWait) {

  JobSettings {
    enabled = enabled == null || enabled;
    threads = threads == null ? 4 : threads;
    pollingInterval = pollingInterval == null ? Duration.ofSeconds(10) : pollingInterval;
    heartbeatInterval = heartbeatInterval == null ? Duration.ofMinutes(1) : heartbeatInterval;
    shutdownWait = shutdownWait == null ? Duration.ofSeconds(30) : shutdownWait;
    if (threads < 1) {
      throw new IllegalArgumentException("steward.jobs.threads must be at least 1, not " + threads);
    }
    if (pollingInterval.compareTo(Duration.ofMillis(100)) < 0) {
      throw new IllegalArgumentException(
          "steward.jobs.polling-interval must be at least 100ms, not " + pollingInterval);
    }
  }
}
