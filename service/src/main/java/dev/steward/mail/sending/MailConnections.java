package dev.steward.mail.sending;

import java.time.Duration;
import java.util.Properties;

/** The Jakarta Mail properties of one connection to a mail server, SMTP or IMAP alike. */
final class MailConnections {

  private MailConnections() {}

  /**
   * @param protocol {@code smtp}, {@code smtps}, {@code imap} or {@code imaps}
   * @param starttls whether STARTTLS is required (never a silent fall back to plain text)
   * @param tls whether the connection is encrypted at all, so that the server's name is checked
   */
  static Properties properties(
      String protocol, String host, int port, Duration timeout, boolean starttls, boolean tls) {
    var props = new Properties();
    String prefix = "mail." + protocol + ".";
    props.put(prefix + "host", host);
    props.put(prefix + "port", String.valueOf(port));
    props.put(prefix + "connectiontimeout", String.valueOf(timeout.toMillis()));
    props.put(prefix + "timeout", String.valueOf(timeout.toMillis()));
    props.put(prefix + "writetimeout", String.valueOf(timeout.toMillis()));
    if (starttls) {
      props.put(prefix + "starttls.enable", "true");
      props.put(prefix + "starttls.required", "true");
    }
    if (tls) {
      props.put(prefix + "ssl.checkserveridentity", "true");
    }
    return props;
  }
}
