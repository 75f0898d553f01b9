package dev.steward.mail.sending;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.eclipse.angus.mail.util.MailStreamProvider;

/**
 * Builds the MIME message of a campaign mail: a plain-text and an HTML part, the Message-ID fixed
 * beforehand, and the unsubscribe headers of RFC 2369 and RFC 8058 ({@code List-Unsubscribe} with
 * the link, {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}). Names and subjects go in as
 * UTF-8 encoded words.
 */
final class MimeMails {

  /*
   * Jakarta Mail 2.1 looks its stream provider up through a fresh ServiceLoader for every part,
   * header encoding and write (jakartaee/mail-api#699, #861); inside the service's nested jar that
   * scan was most of a campaign mail's CPU. Named by this property, the provider is instead created
   * from its already loaded class. An operator's own setting wins.
   */
  static {
    if (System.getProperty(StreamProvider.class.getName()) == null) {
      System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
    }
  }

  private MimeMails() {}

  static MimeMessage build(Session session, OutgoingMail mail) {
    try {
      var message = new FixedIdMessage(session, mail.messageId());
      message.setFrom(address(mail.fromAddress(), mail.fromName()));
      if (mail.replyTo() != null && !mail.replyTo().isBlank()) {
        message.setReplyTo(new InternetAddress[] {address(mail.replyTo(), null)});
      }
      message.setRecipient(MimeMessage.RecipientType.TO, address(mail.toAddress(), mail.toName()));
      message.setSubject(mail.body().subject(), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      var text = new MimeBodyPart();
      text.setText(mail.body().text(), StandardCharsets.UTF_8.name());
      var html = new MimeBodyPart();
      html.setText(mail.body().html(), StandardCharsets.UTF_8.name(), "html");
      var alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(text);
      alternative.addBodyPart(html);
      message.setContent(alternative);
      message.saveChanges();
      return message;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new TransportFailure(
          "The mail could not be put together: " + e.getMessage(), false, null, e);
    }
  }

  static byte[] bytes(MimeMessage message) {
    try {
      var out = new ByteArrayOutputStream();
      message.writeTo(out);
      return out.toByteArray();
    } catch (IOException | MessagingException e) {
      throw new TransportFailure(
          "The mail could not be written out: " + e.getMessage(), false, null, e);
    }
  }

  private static InternetAddress address(String address, String name)
      throws UnsupportedEncodingException, MessagingException {
    var parsed = new InternetAddress(address, true);
    if (name != null && !name.isBlank()) {
      parsed.setPersonal(name.replaceAll("[\\r\\n]+", " ").strip(), StandardCharsets.UTF_8.name());
    }
    return parsed;
  }

  /**
   * A message that keeps the Message-ID it was given, where Jakarta Mail would make a new one on
   * saving.
   */
  private static final class FixedIdMessage extends MimeMessage {

    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
