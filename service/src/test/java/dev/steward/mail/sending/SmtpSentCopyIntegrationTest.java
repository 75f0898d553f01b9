package dev.steward.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.steward.IntegrationTest;
import dev.steward.tenancy.CurrentTenant;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SMTP sends with a sent-copy mailbox: every mail also goes to an archive address whose inbox
 * GreenMail serves over IMAP, and a member whose send was cut short is looked up there by its
 * Message-ID before anything is sent again.
 */
@TestPropertySource(
    properties = {
      "steward.public-url=https://crm.harbour.example",
      "steward.mail.smtp.host=127.0.0.1",
      "steward.mail.smtp.security=none",
      "steward.mail.sending.mails-per-minute=0",
      "steward.mail.sending.in-flight-lease=0s",
      "steward.mail.sending.from-address=advice@harbour.example",
      "steward.mail.sent-copy.host=127.0.0.1",
      "steward.mail.sent-copy.security=none",
      "steward.mail.sent-copy.username=archive",
      "steward.mail.sent-copy.password=archive-secret",
      "steward.mail.sent-copy.bcc-address=archive@harbour.example"
    })
@Import(SmtpSendIntegrationTest.CrashPoint.class)
class SmtpSentCopyIntegrationTest extends IntegrationTest {

  static final String ARCHIVE = "archive@harbour.example";

  @RegisterExtension
  static GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
          .withConfiguration(
              GreenMailConfiguration.aConfig().withUser(ARCHIVE, "archive", "archive-secret"))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    registry.add("steward.mail.smtp.port", () -> greenMail.getSmtp().getPort());
    registry.add("steward.mail.sent-copy.port", () -> greenMail.getImap().getPort());
  }

  @Autowired CampaignSender sender;
  @Autowired SmtpSendIntegrationTest.Crash crash;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void disarm() throws Exception {
    crash.armedAfter.set(-1);
    greenMail.purgeEmailFromAllMailboxes();
  }

  /** The mails in one person's inbox at the mail server. */
  static List<MimeMessage> inbox(GreenMailExtension server, String address) throws Exception {
    var user = server.getUserManager().getUserByEmail(address);
    if (user == null) {
      return List.of();
    }
    return server.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
        .map(StoredMessage::getMimeMessage)
        .toList();
  }

  /** The mails the members received, one entry per mail, the archive's copies left out. */
  private static List<String> receivedBy(List<String> addresses) throws Exception {
    List<String> received = new ArrayList<>();
    for (String address : addresses) {
      for (MimeMessage ignored : inbox(greenMail, address)) {
        received.add(address);
      }
    }
    return received;
  }

  private static int archived() throws Exception {
    return inbox(greenMail, ARCHIVE).size();
  }

  @Test
  void aSendStoppedHardAfterHandingOverFindsTheMailInTheSentCopiesAndSendsNobodyTwice()
      throws Exception {
    var fixtures = SendFixtures.campaign(api, "Sent copies", 6);
    api.post("/api/campaigns/{id}/mail/send", "", fixtures.campaign())
        .andExpect(status().isAccepted());

    crash.armedAfter.set(2);
    assertThatThrownBy(() -> sender.sendDue(Duration.ofMinutes(1)))
        .isInstanceOf(SmtpSendIntegrationTest.SimulatedCrash.class);
    // One of the two connections is cut short after its mail went; the other goes on until it sees
    // the failure and records every mail it hands over.
    int received = receivedBy(fixtures.addresses()).size();
    assertThat(received).isBetween(3, 6);
    api.get("/api/campaigns/{id}/mail/progress", fixtures.campaign())
        .andExpect(jsonPath("$.sent").value(received - 1))
        .andExpect(jsonPath("$.remaining").value(6 - (received - 1)));

    crash.armedAfter.set(-1);
    assertThat(sender.sendDue(Duration.ofMinutes(1))).isEqualTo(6 - (received - 1));

    api.get("/api/campaigns/{id}/mail/progress", fixtures.campaign())
        .andExpect(jsonPath("$.sent").value(6))
        .andExpect(jsonPath("$.remaining").value(0));
    // Exactly one mail per member at the server, and one copy of each in the archive.
    assertThat(receivedBy(fixtures.addresses()))
        .hasSize(6)
        .containsExactlyInAnyOrderElementsOf(fixtures.addresses());
    assertThat(archived()).isEqualTo(6);
    // The archive's copy is an envelope recipient only: no member sees the address.
    for (String address : fixtures.addresses()) {
      MimeMessage message = inbox(greenMail, address).get(0);
      assertThat(message.getHeader("Bcc")).isNull();
      assertThat(Arrays.toString(message.getAllRecipients())).doesNotContain(ARCHIVE);
    }
    // The member found in the archive was recorded with its Message-ID and filed on the timeline.
    List<String> ids =
        CurrentTenant.callAs(
            firm,
            () ->
                new TransactionTemplate(transactions)
                    .execute(
                        status ->
                            jdbc.sql(
                                    "select internet_message_id from mail_send_members where campaign_id = ? and state = 'sent' and not in_doubt")
                                .param(fixtures.campaign())
                                .query(String.class)
                                .list()));
    assertThat(ids).hasSize(6).doesNotContainNull();
    for (String id : ids) {
      api.get("/api/interactions/by-message?internetMessageId={id}", id).andExpect(status().isOk());
    }
  }

  @Test
  void aMemberCutShortBeforeItsMailWentIsNotInTheSentCopiesAndIsSentOnce() throws Exception {
    var fixtures = SendFixtures.campaign(api, "Cut short early", 3);
    api.post("/api/campaigns/{id}/mail/send", "", fixtures.campaign())
        .andExpect(status().isAccepted());
    // A crash after the claim and before the transport: 'sending', with its Message-ID, and nothing
    // sent.
    UUID claimed = fixtures.members().get(1);
    CurrentTenant.runAs(
        firm,
        () ->
            new TransactionTemplate(transactions)
                .executeWithoutResult(
                    status ->
                        jdbc.sql(
                                """
                                update mail_send_members set state = 'sending', attempts = 1,
                                  claimed_at = now() - interval '1 minute',
                                  internet_message_id = '<cut-short-' || id || '@crm.harbour.example>'
                                where campaign_id = ? and contact_id = ?""")
                            .params(fixtures.campaign(), claimed)
                            .update()));

    assertThat(sender.sendDue(Duration.ofMinutes(1))).isEqualTo(3);

    assertThat(receivedBy(fixtures.addresses()))
        .containsExactlyInAnyOrderElementsOf(fixtures.addresses());
    assertThat(archived()).isEqualTo(3);
    MimeMessage toClaimed = inbox(greenMail, fixtures.addresses().get(1)).get(0);
    assertThat(toClaimed.getMessageID()).startsWith("<cut-short-");
    api.get("/api/campaigns/{id}/mail/progress", fixtures.campaign())
        .andExpect(jsonPath("$.sent").value(3));
  }

  @Test
  void theSettingsStatusSaysInterruptedMailIsLookedUpInTheSentCopies() throws Exception {
    api.get("/api/mail/settings/status")
        .andExpect(
            jsonPath("$.sentCopy")
                .value(
                    org.hamcrest.Matchers.containsString(
                        "looked up by its Message-ID in the sent-copy mailbox (INBOX on 127.0.0.1")));
  }
}
