package dev.steward.mail.replies;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reply detection in configured mailboxes ({@code steward.mail.replies.*}).
 *
 * @param pollInterval how often every firm's mailboxes are synced (five minutes)
 * @param pageSize how many messages Graph is asked for per delta page (100)
 * @param leaseFor how long one sync may hold a mailbox before another may take it over (a stopped
 *     instance's)
 */
@ConfigurationProperties("steward.mail.replies")
record ReplyDetectionSettings(Duration pollInterval, Integer pageSize, Duration leaseFor) {

  ReplyDetectionSettings {
    pollInterval = pollInterval == null ? Duration.ofMinutes(5) : pollInterval;
    pageSize = pageSize == null ? 100 : pageSize;
    leaseFor = leaseFor == null ? Duration.ofMinutes(30) : leaseFor;
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException(
          "steward.mail.replies.poll-interval must be longer than zero");
    }
    if (pageSize < 1 || pageSize > 1000) {
      throw new IllegalArgumentException(
          "steward.mail.replies.page-size must be between 1 and 1000, not " + pageSize);
    }
  }
}
