package dev.steward.mail.sending;

import dev.steward.platform.TrustedCertificates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server campaign mail goes out through ({@code steward.mail.smtp.*}, {@code
 * STEWARD_MAIL_SMTP_*}).
 *
 * @param host the server; SMTP sending is off while it is empty
 * @param port 587 with STARTTLS, 465 with SMTPS, 25 with none, unless set
 * @param security {@code starttls} (required, the default), {@code smtps} (TLS from the start) or
 *     {@code none} (a relay on the same machine or a test server only)
 * @param username who to sign in as; no sign-in when empty
 * @param password the password (or app password) for {@code username}
 * @param timeout the longest one exchange with the server may take
 * @param trustedCertificates a PEM file of certificates to trust besides the JVM's own, for a
 *     server whose certificate comes from the firm's own authority; null for none
 */
@ConfigurationProperties("steward.mail.smtp")
record SmtpSettings(
    String host,
    Integer port,
    String security,
    String username,
    String password,
    Duration timeout,
    Path trustedCertificates)
    implements MailConnections.Server {

  SmtpSettings {
    host = host == null ? "" : host.strip();
    security =
        security == null || security.isBlank()
            ? "starttls"
            : security.strip().toLowerCase(Locale.ROOT);
    if (!security.equals("starttls") && !security.equals("smtps") && !security.equals("none")) {
      throw new IllegalArgumentException(
          "steward.mail.smtp.security must be starttls, smtps or none, not " + security);
    }
    port =
        port != null
            ? port
            : switch (security) {
              case "smtps" -> 465;
              case "none" -> 25;
              default -> 587;
            };
    username = username == null ? "" : username;
    password = password == null ? "" : password;
    timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    if (trustedCertificates != null && !security.equals("none")) {
      // Read once here, so that a wrong file stops the start instead of a campaign's sending.
      TrustedCertificates.of(trustedCertificates, "STEWARD_MAIL_SMTP_TRUSTED_CERTIFICATES");
    }
  }

  @Override
  public String trustedCertificatesSetting() {
    return "STEWARD_MAIL_SMTP_TRUSTED_CERTIFICATES";
  }

  boolean configured() {
    return !host.isEmpty();
  }
}
