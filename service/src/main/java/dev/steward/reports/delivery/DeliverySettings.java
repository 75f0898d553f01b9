package dev.steward.reports.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Scheduled report delivery ({@code steward.reports.delivery.*}).
 *
 * @param pollInterval how often the job looks for due schedules (one minute); a report goes out
 *     within this of its time
 * @param history how many past runs the schedule's page shows
 */
@ConfigurationProperties("steward.reports.delivery")
record DeliverySettings(Duration pollInterval, Integer history) {

  DeliverySettings {
    pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
    history = history == null ? 20 : history;
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException(
          "steward.reports.delivery.poll-interval must be longer than zero");
    }
  }
}
