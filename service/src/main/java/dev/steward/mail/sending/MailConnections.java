package dev.steward.mail.sending;

import dev.steward.platform.TrustedCertificates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/** The Jakarta Mail properties of one connection to a mail server, SMTP or IMAP alike. */
final class MailConnections {

  /** The settings every mail server connection has, whatever its protocol. */
  interface Server {

    String host();

    Integer port();

    /**
     * {@code starttls} (required: never a silent fall back to plain text), {@code none}, or the
     * protocol's TLS-from-the-start name ({@code smtps}, {@code imaps}).
     */
    String security();

    Duration timeout();

    /**
     * A PEM file of certificates to trust besides the JVM's own (a firm's mail server with a
     * certificate from its own authority), or null.
     */
    Path trustedCertificates();

    /** The environment variable that names {@link #trustedCertificates()}, for its errors. */
    String trustedCertificatesSetting();
  }

  private MailConnections() {}

  /**
   * @param protocol {@code smtp}, {@code smtps}, {@code imap} or {@code imaps}
   */
  static Properties properties(String protocol, Server server) {
    var props = new Properties();
    String prefix = "mail." + protocol + ".";
    String timeout = String.valueOf(server.timeout().toMillis());
    props.put(prefix + "host", server.host());
    props.put(prefix + "port", String.valueOf(server.port()));
    props.put(prefix + "connectiontimeout", timeout);
    props.put(prefix + "timeout", timeout);
    props.put(prefix + "writetimeout", timeout);
    if (server.security().equals("starttls")) {
      props.put(prefix + "starttls.enable", "true");
      props.put(prefix + "starttls.required", "true");
    }
    if (!server.security().equals("none")) {
      // The connection is encrypted, so the server's name is checked too.
      props.put(prefix + "ssl.checkserveridentity", "true");
      if (server.trustedCertificates() != null) {
        // Used for TLS from the start and for STARTTLS alike.
        props.put(
            prefix + "ssl.socketFactory",
            TrustedCertificates.of(
                    server.trustedCertificates(), server.trustedCertificatesSetting())
                .sslContext()
                .getSocketFactory());
      }
    }
    return props;
  }
}
