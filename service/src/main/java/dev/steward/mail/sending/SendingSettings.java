package dev.steward.mail.sending;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How campaign mail is sent ({@code steward.mail.sending.*}); a firm's admin may lower the rate and
 * cap a send's size in the firm's mail settings.
 *
 * @param enabled whether this instance runs the send job at all
 * @param pollInterval how often the send job looks for mail to send (five seconds)
 * @param mailsPerMinute the default rate for firms that set none; 0 sends as fast as the server
 *     takes them
 * @param maxAttempts how often a member's mail is tried when the server answers "try later" (4xx,
 *     429, 503)
 * @param retryBackoff the wait before the first retry, doubled for each one after (unless Graph
 *     says how long)
 * @param inFlightLease how long a member being sent stays claimed; a claim older than this is taken
 *     as cut short by a crash and is resumed
 * @param resendInterrupted for SMTP without a sent-copy mailbox ({@link SentCopySettings}), what to
 *     do with a member whose send was cut short by a crash: send again with the same Message-ID
 *     (true, the default: nobody is left unsent, and the one in flight may get the same message
 *     twice) or mark it failed for a person to retry (false)
 * @param connections how many connections (SMTP) or clients (Graph) a campaign is sent over at once
 *     (2); each waits for the server and the database in turn, so a second one nearly doubles the
 *     rate the server takes. The rate limit holds across them.
 * @param fromAddress the sender's address for firms that set none
 * @param fromName the sender's name for firms that set none
 * @param messageIdDomain the right-hand side of the Message-IDs Steward makes (the public URL's
 *     host)
 */
@ConfigurationProperties("steward.mail.sending")
record SendingSettings(
    Boolean enabled,
    Duration pollInterval,
    Integer mailsPerMinute,
    Integer maxAttempts,
    Duration retryBackoff,
    Duration inFlightLease,
    Boolean resendInterrupted,
    Integer connections,
    String fromAddress,
    String fromName,
    String messageIdDomain) {

  SendingSettings {
    enabled = enabled == null || enabled;
    pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
    mailsPerMinute = mailsPerMinute == null ? 120 : mailsPerMinute;
    maxAttempts = maxAttempts == null ? 5 : maxAttempts;
    retryBackoff = retryBackoff == null ? Duration.ofMinutes(1) : retryBackoff;
    inFlightLease = inFlightLease == null ? Duration.ofMinutes(5) : inFlightLease;
    resendInterrupted = resendInterrupted == null || resendInterrupted;
    connections = connections == null ? 2 : connections;
    fromAddress = fromAddress == null ? "" : fromAddress.strip();
    fromName = fromName == null ? "" : fromName.strip();
    messageIdDomain = messageIdDomain == null ? "" : messageIdDomain.strip();
    if (mailsPerMinute < 0) {
      throw new IllegalArgumentException(
          "steward.mail.sending.mails-per-minute must be 0 (no limit) or more");
    }
    if (connections < 1 || connections > 8) {
      throw new IllegalArgumentException(
          "steward.mail.sending.connections must be between 1 and 8");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("steward.mail.sending.max-attempts must be at least 1");
    }
  }
}
