package dev.steward.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.steward.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A sent-copy mailbox that cannot be reached: a member whose send was cut short is neither sent
 * blind (it may have gone) nor dropped. It fails with the reason in words, and a retry looks it up
 * again rather than sending it.
 */
@TestPropertySource(
    properties = {
      "steward.public-url=https://crm.harbour.example",
      "steward.mail.smtp.host=127.0.0.1",
      "steward.mail.smtp.security=none",
      "steward.mail.sending.mails-per-minute=0",
      "steward.mail.sending.in-flight-lease=0s",
      "steward.mail.sending.max-attempts=1",
      "steward.mail.sending.from-address=advice@harbour.example",
      "steward.mail.sent-copy.host=127.0.0.1",
      "steward.mail.sent-copy.security=none",
      "steward.mail.sent-copy.username=archive",
      "steward.mail.sent-copy.password=archive-secret",
      "steward.mail.sent-copy.timeout=5s",
      "steward.mail.sent-copy.bcc-address=archive@harbour.example",
      // Exact counts at the crash need one connection: with two, the other may hand over more mail
      // before it sees the simulated crash (SmtpSentCopyIntegrationTest covers two).
      "steward.mail.sending.connections=1"
    })
@Import(SmtpSendIntegrationTest.CrashPoint.class)
class SentCopyUnreachableIntegrationTest extends IntegrationTest {

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    registry.add("steward.mail.smtp.port", () -> greenMail.getSmtp().getPort());
    registry.add("steward.mail.sent-copy.port", SentCopyUnreachableIntegrationTest::closedPort);
  }

  /** A port nothing listens on: taken from the system, then let go. */
  private static int closedPort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Autowired CampaignSender sender;
  @Autowired SmtpSendIntegrationTest.Crash crash;

  private int received(SendFixtures fixtures) throws Exception {
    int count = 0;
    for (String address : fixtures.addresses()) {
      count += SmtpSentCopyIntegrationTest.inbox(greenMail, address).size();
    }
    return count;
  }

  @Test
  void aMemberCutShortIsNeitherSentBlindNorLostWhileTheSentCopiesCannotBeRead() throws Exception {
    var fixtures = SendFixtures.campaign(api, "Archive down", 4);
    api.post("/api/campaigns/{id}/mail/send", "", fixtures.campaign())
        .andExpect(status().isAccepted());
    crash.armedAfter.set(1);
    assertThatThrownBy(() -> sender.sendDue(Duration.ofMinutes(1)))
        .isInstanceOf(SmtpSendIntegrationTest.SimulatedCrash.class);
    crash.armedAfter.set(-1);
    assertThat(received(fixtures)).isEqualTo(2);

    // The two not yet tried go; the one in flight at the crash is not sent again.
    assertThat(sender.sendDue(Duration.ofMinutes(1))).isEqualTo(2);
    assertThat(received(fixtures)).isEqualTo(4);
    api.get("/api/campaigns/{id}/mail/progress", fixtures.campaign())
        .andExpect(jsonPath("$.sent").value(3))
        .andExpect(jsonPath("$.failed").value(1))
        .andExpect(jsonPath("$.remaining").value(0))
        .andExpect(jsonPath("$.problems[0].address").value(Matchers.in(fixtures.addresses())))
        .andExpect(jsonPath("$.problems[0].state").value("failed"))
        .andExpect(
            jsonPath("$.problems[0].reason")
                .value(
                    Matchers.startsWith(
                        "Sending was cut short (the service stopped), and the sent-copy mailbox "
                            + "(INBOX on 127.0.0.1 (copies sent to archive@harbour.example)) "
                            + "could not be read to tell whether this mail went, so it was not "
                            + "sent again")));

    // A person's retry looks it up again; it still cannot be read, so it still does not go.
    api.post("/api/campaigns/{id}/mail/retry-failed", "", fixtures.campaign())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.remaining").value(1));
    assertThat(sender.sendDue(Duration.ofMinutes(1))).isZero();
    assertThat(received(fixtures)).isEqualTo(4);
    api.get("/api/campaigns/{id}/mail/progress", fixtures.campaign())
        .andExpect(jsonPath("$.failed").value(1))
        .andExpect(
            jsonPath("$.problems[0].reason").value(Matchers.containsString("could not be read")));
  }
}
