package dev.steward.mail.sending;

import dev.steward.platform.TrustedCertificates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sent-copy mailbox ({@code steward.mail.sent-copy.*}, {@code STEWARD_MAIL_SENT_COPY_*}): a
 * mailbox read over IMAP where a copy of every campaign mail sent over SMTP lands, so that a mail
 * in flight when the service stopped can be looked up by its Message-ID instead of sent again.
 *
 * @param host the IMAP server; off while empty (a mail cut short is then sent again, or failed, as
 *     {@link SendingSettings#resendInterrupted()} says)
 * @param port 993 with {@code imaps}, 143 otherwise, unless set
 * @param security {@code imaps} (TLS from the start, the default), {@code starttls} (required) or
 *     {@code none} (a test server only)
 * @param username who to sign in as
 * @param password the password (or app password) for {@code username}
 * @param folder the folder the copies land in ({@code INBOX} of an archive mailbox, the default, or
 *     a mailbox's Sent folder)
 * @param bccAddress the archive address every campaign mail is also sent to (as an envelope
 *     recipient, never a header); empty only when the SMTP server itself files what it sends into
 *     {@code folder}
 * @param timeout the longest one exchange with the IMAP server may take
 * @param trustedCertificates a PEM file of certificates to trust besides the JVM's own, for a
 *     server whose certificate comes from the firm's own authority; null for none
 */
@ConfigurationProperties("steward.mail.sent-copy")
record SentCopySettings(
    String host,
    Integer port,
    String security,
    String username,
    String password,
    String folder,
    String bccAddress,
    Duration timeout,
    Path trustedCertificates)
    implements MailConnections.Server {

  SentCopySettings {
    host = host == null ? "" : host.strip();
    security =
        security == null || security.isBlank()
            ? "imaps"
            : security.strip().toLowerCase(Locale.ROOT);
    if (!security.equals("imaps") && !security.equals("starttls") && !security.equals("none")) {
      throw new IllegalArgumentException(
          "steward.mail.sent-copy.security must be imaps, starttls or none, not " + security);
    }
    port = port != null ? port : security.equals("imaps") ? 993 : 143;
    username = username == null ? "" : username;
    password = password == null ? "" : password;
    folder = folder == null || folder.isBlank() ? "INBOX" : folder.strip();
    bccAddress = bccAddress == null ? "" : bccAddress.strip();
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    if (trustedCertificates != null && !security.equals("none")) {
      // Read once here, so that a wrong file stops the start instead of a campaign's sending.
      TrustedCertificates.of(trustedCertificates, "STEWARD_MAIL_SENT_COPY_TRUSTED_CERTIFICATES");
    }
  }

  @Override
  public String trustedCertificatesSetting() {
    return "STEWARD_MAIL_SENT_COPY_TRUSTED_CERTIFICATES";
  }

  boolean configured() {
    return !host.isEmpty();
  }

  /** Where the copies are looked for, in words for the settings status. */
  String describe() {
    return folder
        + " on "
        + host
        + (bccAddress.isEmpty() ? "" : " (copies sent to " + bccAddress + ")");
  }
}
