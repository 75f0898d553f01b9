package dev.steward.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.steward.mail.templates.RenderedMail;
import dev.steward.platform.config.SelfSignedPem;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Campaign mail over SMTPS (TLS from the start) to GreenMail presenting a certificate for localhost
 * from an authority the JVM does not know, as a firm's own mail server would: sent when the firm's
 * certificate is trusted by setting, refused with words that say how otherwise. The server's name
 * is checked as well ({@code ssl.checkserveridentity}).
 */
class SmtpTlsTest {

  @TempDir static Path folder;

  private static SelfSignedPem certificate;
  private static GreenMail server;

  @BeforeAll
  static void startServerWithItsOwnCertificate() throws Exception {
    certificate = SelfSignedPem.create(folder);
    // GreenMail reads its TLS key store from these once, when its first TLS server starts; no other
    // test starts one.
    System.setProperty("greenmail.tls.keystore.file", certificate.keyStore().toString());
    System.setProperty("greenmail.tls.keystore.password", SelfSignedPem.PASSWORD);
    System.setProperty("greenmail.tls.key.password", SelfSignedPem.PASSWORD);
    server = new GreenMail(ServerSetupTest.SMTPS.dynamicPort());
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void emptyMailbox() throws Exception {
    server.purgeEmailFromAllMailboxes();
  }

  private static SmtpSettings smtps(Path trusted) {
    return new SmtpSettings(
        "localhost", server.getSmtps().getPort(), "smtps", "", "", Duration.ofSeconds(10), trusted);
  }

  private static OutgoingMail mailToZoe() {
    return new OutgoingMail(
        "<tls-1@steward.test>",
        "advice@harbour.example",
        "Harbour Advice",
        null,
        "zoe@example.pl",
        "Zoë Kowalczyk",
        new RenderedMail("Your annual review", "<p>Dear Zoë</p>", "Dear Zoë"),
        "https://steward.test/unsubscribe/1",
        null);
  }

  @Test
  void sendsToAServerWhoseAuthorityIsTrustedBySetting() throws Exception {
    try (var transport = new SmtpTransport(smtps(certificate.certificate()), true, null)) {
      var delivered = transport.send(mailToZoe(), false, draft -> {});
      assertThat(delivered).isPresent();
    }

    var received = server.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Your annual review");
    assertThat(received[0].getHeader("Message-ID")[0]).isEqualTo("<tls-1@steward.test>");
  }

  @Test
  void refusesAServerWhoseCertificateIsNotTrustedAndSaysHowToTrustIt() {
    try (var transport = new SmtpTransport(smtps(null), true, null)) {
      assertThatThrownBy(() -> transport.send(mailToZoe(), false, draft -> {}))
          .isInstanceOf(TransportFailure.class)
          .hasMessageStartingWith("The mail server's certificate was not accepted")
          .hasMessageContaining("STEWARD_MAIL_SMTP_TRUSTED_CERTIFICATES");
    }
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  @Test
  void aTrustedCertificatesFileThatHoldsNoCertificateStopsWithTheSettingsName() throws Exception {
    Path notPem = java.nio.file.Files.writeString(folder.resolve("not.pem"), "not a certificate");
    assertThatThrownBy(() -> smtps(notPem))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("STEWARD_MAIL_SMTP_TRUSTED_CERTIFICATES must name a PEM file");
  }
}
