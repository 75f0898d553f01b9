package dev.steward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.steward.identity.entra.MovableClock;
import dev.steward.identity.entra.TokenRefusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RefusedTokenLogTest {

  private static final String TOKEN =
      "eyJhbGciOiJSUzI1NiIsImtpZCI6Im1hZGUtdXAifQ"
          + ".eyJpc3MiOiJodHRwczovL2V4YW1wbGUiLCJ0aWQiOiJ4In0"
          + ".c2lnbmF0dXJlLW9mLWEtcmVmdXNlZC10b2tlbg";

  private final Logger logger = (Logger) LoggerFactory.getLogger(RefusedTokenLog.class);
  private final ListAppender<ILoggingEvent> events = new ListAppender<>();
  private Level levelBefore;
  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T10:41:03Z"));
  private final RefusedTokenLog refusals = new RefusedTokenLog(clock);

  @BeforeEach
  void listen() {
    levelBefore = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    // Only to this test's list: thousands of refusals would otherwise fill the console.
    logger.setAdditive(false);
    events.start();
    logger.addAppender(events);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(events);
    logger.setAdditive(true);
    logger.setLevel(levelBefore);
  }

  @Test
  void countsRefusalsByReasonInOneWarnLineAMinute() {
    for (int i = 0; i < 9; i++) {
      refusals.refused(TokenRefusal.EXPIRED, "expired: the token expired at ...", TOKEN);
      clock.advance(Duration.ofSeconds(3));
    }
    for (int i = 0; i < 3; i++) {
      refusals.refused(TokenRefusal.WRONG_AUDIENCE, "wrong audience: the token is for [x]", TOKEN);
    }
    clock.advance(Duration.ofSeconds(32));
    refusals.flush();
    assertThat(warnings()).isEmpty();

    clock.advance(Duration.ofSeconds(1));
    refusals.flush();
    refusals.flush();

    assertThat(warnings())
        .containsExactly("12 tokens refused in the last minute: 9 expired, 3 wrong audience");
  }

  @Test
  void writesAtMostOneWarnLineAMinuteHoweverManyTokensAreRefused() {
    for (int second = 0; second < 180; second++) {
      for (int i = 0; i < 50; i++) {
        refusals.refused(
            i % 2 == 0 ? TokenRefusal.UNKNOWN_KEY : TokenRefusal.MALFORMED, "junk", TOKEN);
      }
      refusals.flush();
      clock.advance(Duration.ofSeconds(1));
    }

    // A window opens with the first refusal after a WARN line, and its line comes a minute later at
    // the earliest.
    assertThat(warnings())
        .containsExactly(
            "3000 tokens refused in the last minute: 1500 unknown key, 1500 malformed",
            "3000 tokens refused in the last minute: 1500 unknown key, 1500 malformed");
    assertThat(events.list).filteredOn(event -> event.getLevel() == Level.DEBUG).hasSize(9000);
  }

  @Test
  void theNextRefusalWritesTheCountWhenNoFlushCame() {
    refusals.refused(TokenRefusal.TENANT_NOT_ALLOWED, "tenant not allowed", TOKEN);
    clock.advance(Duration.ofMinutes(10));
    assertThat(warnings()).isEmpty();

    refusals.refused(TokenRefusal.BAD_SIGNATURE, "bad signature", TOKEN);

    assertThat(warnings())
        .containsExactly("1 token refused in the last 10 minutes: 1 tenant not allowed");
    clock.advance(RefusedTokenLog.WINDOW);
    refusals.flush();
    assertThat(warnings()).last().isEqualTo("1 token refused in the last minute: 1 bad signature");
  }

  @Test
  void theDetailGoesToDebugWithTheReasonButNeverTheToken() {
    String[] parts = TOKEN.split("\\.");
    refusals.refused(
        TokenRefusal.MALFORMED,
        "An error occurred while attempting to decode the Jwt: " + TOKEN,
        TOKEN);
    refusals.refused(
        TokenRefusal.BAD_SIGNATURE,
        "header " + parts[0] + ", claims " + parts[1] + ", signature " + parts[2],
        TOKEN);
    refusals.refused(
        TokenRefusal.WRONG_AUDIENCE,
        "wrong audience: the token is for [a]\nFAKE: all is well",
        TOKEN);
    clock.advance(RefusedTokenLog.WINDOW);
    refusals.flush();

    assertThat(events.list)
        .filteredOn(event -> event.getLevel() == Level.DEBUG)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "Refused a bearer token (malformed): An error occurred while attempting to decode the Jwt: [token]",
            "Refused a bearer token (bad signature): header [part of the token], claims [part of the token],"
                + " signature [part of the token]",
            "Refused a bearer token (wrong audience): wrong audience: the token is for [a] FAKE: all is well");
    assertThat(events.list)
        .isNotEmpty()
        .allSatisfy(
            event -> {
              assertThat(event.getFormattedMessage()).doesNotContain(TOKEN);
              for (String part : parts) {
                assertThat(event.getFormattedMessage()).doesNotContain(part);
              }
              assertThat(event.getThrowableProxy()).isNull();
            });
  }

  @Test
  void aLongDetailIsCut() {
    String detail = "wrong audience: " + "x".repeat(5_000);

    assertThat(RefusedTokenLog.redacted(detail, TOKEN)).hasSizeLessThan(500).endsWith("...");
  }

  private List<String> warnings() {
    return events.list.stream()
        .filter(event -> event.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }
}
