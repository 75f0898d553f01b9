package dev.steward.mail.sending;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Campaign mail over SMTP with Jakarta Mail (Angus Mail): one connection, opened on the first mail
 * and kept for the run, opened again after a failure. STARTTLS is required when chosen (never a
 * silent fall back to plain text).
 *
 * <p>SMTP cannot be asked afterwards whether a message went. With a sent-copy mailbox configured, a
 * mail whose attempt was cut short by a crash is first looked up there by its Message-ID: found, it
 * is recorded as sent without going again; not found, it is sent. Such a mail is resumed only once
 * its claim is older than the in-flight lease, so a copy has had the lease's time to arrive before
 * "not found" is believed. Without one, it is sent again with the same Message-ID, or failed for a
 * person to retry, as {@link SendingSettings#resendInterrupted()} says.
 *
 * <p>The copy is made by sending the mail to the archive address too (an envelope recipient, never
 * a header), not by an IMAP APPEND after the send: it is then part of the very SMTP transaction
 * that hands the mail over (one DATA for both recipients, and no partial sends), so no crash can
 * fall between the mail going and its copy being made, which is the gap an APPEND would leave.
 */
final class SmtpTransport implements MailTransport {

  private final SmtpSettings settings;
  private final boolean resendInterrupted;
  private final SentCopyMailbox sentCopies;
  private final Session session;
  private Transport connection;

  /**
   * @param sentCopies the sent-copy mailbox, or null when none is configured
   */
  SmtpTransport(SmtpSettings settings, boolean resendInterrupted, SentCopyMailbox sentCopies) {
    this.settings = settings;
    this.resendInterrupted = resendInterrupted;
    this.sentCopies = sentCopies;
    this.session = Session.getInstance(properties(settings));
  }

  static Properties properties(SmtpSettings settings) {
    String protocol = settings.security().equals("smtps") ? "smtps" : "smtp";
    var props = MailConnections.properties(protocol, settings);
    props.put("mail.transport.protocol", protocol);
    props.put("mail." + protocol + ".auth", String.valueOf(!settings.username().isEmpty()));
    return props;
  }

  @Override
  public Optional<Delivered> send(OutgoingMail mail, boolean interrupted, DraftRecorder recorder) {
    if (interrupted && sentCopies != null) {
      if (sentCopies.holds(mail.messageId())) {
        return Optional.of(new Delivered(mail.messageId(), null, null));
      }
    } else if (interrupted && !resendInterrupted) {
      throw new TransportFailure(
          "Sending was cut short (the service stopped) and SMTP cannot tell whether this mail "
              + "went: retry to send it again",
          false,
          null,
          null);
    }
    var message = MimeMails.build(session, mail);
    try {
      var transport = connection();
      transport.sendMessage(message, envelopeRecipients(message));
      return Optional.of(new Delivered(mail.messageId(), null, null));
    } catch (MessagingException e) {
      closeQuietly();
      throw failure(e);
    }
  }

  private Address[] envelopeRecipients(MimeMessage message) throws MessagingException {
    Address[] recipients = message.getAllRecipients();
    if (sentCopies == null || sentCopies.bccAddress().isEmpty()) {
      return recipients;
    }
    Address[] withCopy = Arrays.copyOf(recipients, recipients.length + 1);
    withCopy[recipients.length] = new InternetAddress(sentCopies.bccAddress(), true);
    return withCopy;
  }

  private Transport connection() throws MessagingException {
    if (connection == null || !connection.isConnected()) {
      var transport = session.getTransport();
      if (settings.username().isEmpty()) {
        transport.connect();
      } else {
        transport.connect(settings.username(), settings.password());
      }
      connection = transport;
    }
    return connection;
  }

  /**
   * 4xx and connection trouble are temporary; 5xx (a refused address, a refused message) is not.
   */
  static TransportFailure failure(MessagingException e) {
    int code = replyCode(e);
    // With no reply code the server was not reached, or refused the sign-in: a setting to fix, then
    // try again.
    boolean temporary = code == 0 || code < 500;
    String reason;
    if (code != 0) {
      reason = "The mail server answered " + code + ": " + e.getMessage();
    } else if (certificateRefused(e)) {
      reason =
          "The mail server's certificate was not accepted: it is not from an authority Steward"
              + " trusts, or not for this server's name ("
              + e.getMessage()
              + "). For a server whose certificate comes from the firm's own authority, set"
              + " STEWARD_MAIL_SMTP_TRUSTED_CERTIFICATES to a PEM file of that authority's"
              + " certificate.";
    } else {
      reason = "The mail server could not be reached or refused the connection: " + e.getMessage();
    }
    return new TransportFailure(reason.strip(), temporary, null, e);
  }

  private static boolean certificateRefused(Throwable e) {
    Throwable cause = e;
    for (int depth = 0; cause != null && depth < 20; depth++) {
      if (cause instanceof javax.net.ssl.SSLHandshakeException) {
        return true;
      }
      cause =
          cause instanceof MessagingException messaging && messaging.getNextException() != null
              ? messaging.getNextException()
              : cause.getCause();
    }
    return false;
  }

  private static int replyCode(Exception e) {
    for (Exception cause = e; cause != null; ) {
      if (cause instanceof SMTPSendFailedException failed && failed.getReturnCode() > 0) {
        return failed.getReturnCode();
      }
      if (cause instanceof SMTPAddressFailedException failed && failed.getReturnCode() > 0) {
        return failed.getReturnCode();
      }
      cause = cause instanceof MessagingException messaging ? messaging.getNextException() : null;
    }
    return 0;
  }

  @Override
  public void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    if (connection != null) {
      try {
        connection.close();
      } catch (MessagingException ignored) {
        // the connection is dropped either way
      }
      connection = null;
    }
  }
}
