package dev.steward.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

/**
 * How an SMTP failure is classified: a 4xx reply is temporary (the member is tried again later), a
 * 5xx is permanent (the member fails with the server's words), and no reply at all is temporary.
 */
class SmtpTransportTest {

  private static SMTPSendFailedException messageRefused(int code, String reply) {
    return new SMTPSendFailedException("DATA", code, reply, null, null, null, null);
  }

  /** As Jakarta Mail reports a refused recipient: the reply rides in the next exception. */
  private static SendFailedException recipientRefused(int code, String reply) throws Exception {
    var refused =
        new SMTPAddressFailedException(
            new InternetAddress("ann@example.com"), "RCPT TO:<ann@example.com>", code, reply);
    return new SendFailedException("Invalid Addresses", refused);
  }

  @Test
  void a4xxReplyIsTemporary() throws Exception {
    var greylisted = SmtpTransport.failure(messageRefused(451, "451 4.7.1 Greylisted, try later"));
    assertThat(greylisted.temporary()).isTrue();
    assertThat(greylisted.getMessage()).startsWith("The mail server answered 451:");

    var mailboxBusy = SmtpTransport.failure(recipientRefused(450, "450 4.2.1 Mailbox busy"));
    assertThat(mailboxBusy.temporary()).isTrue();
    assertThat(mailboxBusy.getMessage()).startsWith("The mail server answered 450:");
  }

  @Test
  void a5xxReplyIsPermanent() throws Exception {
    var rejected = SmtpTransport.failure(messageRefused(554, "554 5.7.1 Message rejected"));
    assertThat(rejected.temporary()).isFalse();
    assertThat(rejected.getMessage()).startsWith("The mail server answered 554:");

    var unknownUser = SmtpTransport.failure(recipientRefused(550, "550 5.1.1 No such user"));
    assertThat(unknownUser.temporary()).isFalse();
    assertThat(unknownUser.getMessage()).startsWith("The mail server answered 550:");
  }

  @Test
  void noReplyAtAllIsTemporary() {
    var unreachable =
        SmtpTransport.failure(new MessagingException("Couldn't connect to host, port: 25"));
    assertThat(unreachable.temporary()).isTrue();
    assertThat(unreachable.getMessage())
        .startsWith("The mail server could not be reached or refused the connection:");
  }
}
