package dev.steward.identity;

import dev.steward.identity.entra.TokenRefusal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the log says about refused bearer tokens, since the caller is told only {@code
 * invalid_token}.
 *
 * <p>Each refusal is logged at DEBUG with its reason and the decoder's own words (issuer, audience,
 * tenant, key id). At WARN, one line at most per {@link #WINDOW} counts the refusals by reason, for
 * example "12 tokens refused in the last minute: 9 expired, 3 wrong audience", so that a flood of
 * junk tokens cannot flood the log. The line is written by the next refusal after the window, or by
 * the scheduled {@link #flush()} when none comes. Each instance counts its own refusals, so
 * Spring's {@code @Scheduled} runs it on every instance (db-scheduler would run it on one).
 *
 * <p>A token is never logged, at any level: its text and each of its parts are cut out of the
 * detail, which is also kept to one line (claims are the sender's words) and a few hundred
 * characters.
 */
@Component
class RefusedTokenLog {

  static final Duration WINDOW = Duration.ofMinutes(1);

  private static final Logger log = LoggerFactory.getLogger(RefusedTokenLog.class);
  private static final int MAX_DETAIL = 400;
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private final Clock clock;
  private final Map<TokenRefusal, Integer> counts = new EnumMap<>(TokenRefusal.class);
  private Instant windowStart;

  RefusedTokenLog() {
    this(Clock.systemUTC());
  }

  RefusedTokenLog(Clock clock) {
    this.clock = clock;
  }

  /**
   * Counts a refused token and logs {@code detail} at DEBUG without {@code token} (the refused
   * token, or null when it is not known).
   */
  void refused(TokenRefusal reason, String detail, String token) {
    if (log.isDebugEnabled()) {
      log.debug("Refused a bearer token ({}): {}", reason.label(), redacted(detail, token));
    }
    synchronized (this) {
      Instant now = clock.instant();
      flushIfDue(now);
      if (windowStart == null) {
        windowStart = now;
      }
      counts.merge(reason, 1, Integer::sum);
    }
  }

  /** Writes the WARN count once its window is over, also when no refusal follows to write it. */
  @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.SECONDS)
  synchronized void flush() {
    flushIfDue(clock.instant());
  }

  private void flushIfDue(Instant now) {
    if (windowStart == null || now.isBefore(windowStart.plus(WINDOW))) {
      return;
    }
    if (log.isWarnEnabled()) {
      log.warn(summary(counts, Duration.between(windowStart, now)));
    }
    counts.clear();
    windowStart = null;
  }

  static String summary(Map<TokenRefusal, Integer> counts, Duration elapsed) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    long minutes = elapsed.toMinutes();
    String period = minutes < 2 ? "the last minute" : "the last " + minutes + " minutes";
    String byReason =
        counts.entrySet().stream()
            .sorted(
                Map.Entry.<TokenRefusal, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(entry -> entry.getValue() + " " + entry.getKey().label())
            .collect(Collectors.joining(", "));
    return total + (total == 1 ? " token" : " tokens") + " refused in " + period + ": " + byReason;
  }

  /** The detail on one line, without the token or any of its parts, and not too long. */
  static String redacted(String detail, String token) {
    if (detail == null) {
      return "";
    }
    String text = detail;
    if (token != null && !token.isBlank()) {
      text = text.replace(token, "[token]");
      for (String part : token.split("\\.")) {
        if (part.length() >= 8) {
          text = text.replace(part, "[part of the token]");
        }
      }
    }
    text = CONTROL.matcher(text).replaceAll(" ");
    return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
  }
}
