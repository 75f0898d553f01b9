package dev.steward.mail.sending;

import dev.steward.microsoft.GraphAccess;
import dev.steward.microsoft.MailSending;
import dev.steward.tenancy.TenantInfo;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Opens the transport a firm's settings choose, when this service is configured for it. */
@Component
class Transports {

  private final SmtpSettings smtp;
  private final SentCopySettings sentCopy;
  private final SendingSettings settings;
  private final MailSending graph;

  Transports(
      SmtpSettings smtp, SentCopySettings sentCopy, SendingSettings settings, MailSending graph) {
    this.smtp = smtp;
    this.sentCopy = sentCopy;
    this.settings = settings;
    this.graph = graph;
  }

  /** Whether an SMTP mail cut short by a crash is looked up in a sent-copy mailbox. */
  boolean checksSentCopies() {
    return sentCopy.configured();
  }

  /**
   * Empty while the firm's transport is not configured here (no SMTP server set): its mail then
   * waits.
   */
  Optional<MailTransport> open(FirmMailSettings firm, TenantInfo tenant) {
    if (firm.graph()) {
      var access =
          GraphAccess.app(
              tenant.azureTenantId() == null ? null : tenant.azureTenantId().toString());
      return Optional.of(new GraphTransport(graph, access, firm.graphMailbox()));
    }
    return smtp.configured()
        ? Optional.of(
            new SmtpTransport(
                smtp,
                settings.resendInterrupted(),
                sentCopy.configured() ? new SentCopyMailbox(sentCopy) : null))
        : Optional.empty();
  }

  /** Why the firm's mail cannot go out from this service, or empty when it can. */
  Optional<String> unavailable(FirmMailSettings firm) {
    if (!firm.graph() && !smtp.configured()) {
      return Optional.of(
          "No SMTP server is configured: set STEWARD_MAIL_SMTP_HOST (see the README), or choose "
              + "Microsoft 365 in the mail settings.");
    }
    return Optional.empty();
  }

  /** Whether SMTP and Graph can each send from here, and why not. */
  MailTransportStatus status(FirmMailSettings firm) {
    String smtpProblem =
        smtp.configured()
            ? null
            : "No SMTP server is configured: set STEWARD_MAIL_SMTP_HOST (see the README).";
    String graphProblem =
        graph.connected()
            ? null
            : "Microsoft 365 is not connected: set STEWARD_MICROSOFT_CLIENT_SECRET (or "
                + "STEWARD_MICROSOFT_CERTIFICATE) and STEWARD_ENTRA_CLIENT_ID (see the README).";
    return new MailTransportStatus(
        smtpProblem, graphProblem, firm.graph() ? graphProblem : smtpProblem, sentCopyStatus());
  }

  private String sentCopyStatus() {
    if (sentCopy.configured()) {
      return "An SMTP mail cut short by a stop of the service is looked up by its Message-ID in the "
          + "sent-copy mailbox ("
          + sentCopy.describe()
          + ") and sent again only if it is not there.";
    }
    return "No sent-copy mailbox is configured (STEWARD_MAIL_SENT_COPY_HOST): an SMTP mail cut short "
        + "by a stop of the service is "
        + (settings.resendInterrupted()
            ? "sent again, so its recipient may get it twice."
            : "marked failed, for a person to retry.");
  }

  /**
   * The address mail goes out from: the firm's, else the service's, else (Graph) the mailbox
   * itself.
   */
  String fromAddress(FirmMailSettings firm) {
    if (firm.fromAddress() != null && !firm.fromAddress().isBlank()) {
      return firm.fromAddress();
    }
    if (!settings.fromAddress().isEmpty()) {
      return settings.fromAddress();
    }
    return firm.graph() ? firm.graphMailbox() : "";
  }

  String fromName(FirmMailSettings firm, String fallback) {
    if (firm.fromName() != null && !firm.fromName().isBlank()) {
      return firm.fromName();
    }
    return settings.fromName().isEmpty() ? fallback : settings.fromName();
  }
}
