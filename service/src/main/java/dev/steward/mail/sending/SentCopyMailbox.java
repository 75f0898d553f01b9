package dev.steward.mail.sending;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.HeaderTerm;
import java.util.Properties;

/**
 * Looks a campaign mail up by its Message-ID in the sent-copy mailbox over IMAP (Jakarta Mail's
 * IMAP provider), read only. One connection per look-up: only a mail cut short by a crash is looked
 * up, so they are rare.
 */
final class SentCopyMailbox {

  private final SentCopySettings settings;
  private final Session session;

  SentCopyMailbox(SentCopySettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(properties(settings));
  }

  static Properties properties(SentCopySettings settings) {
    String protocol = settings.security().equals("imaps") ? "imaps" : "imap";
    var props = MailConnections.properties(protocol, settings);
    props.put("mail.store.protocol", protocol);
    return props;
  }

  /** The address the copy goes to along with the mail, or empty when the server files it itself. */
  String bccAddress() {
    return settings.bccAddress();
  }

  /**
   * Whether the folder holds a mail with this Message-ID.
   *
   * @throws TransportFailure (temporary) when the mailbox cannot be reached or read: nobody can
   *     tell then whether the mail went
   */
  boolean holds(String messageId) {
    try (Store store = session.getStore()) {
      store.connect(settings.username(), settings.password());
      Folder folder = store.getFolder(settings.folder());
      folder.open(Folder.READ_ONLY);
      try {
        // IMAP's HEADER search matches a substring; the exact id is checked on what it finds.
        for (Message found : folder.search(new HeaderTerm("Message-ID", messageId))) {
          String[] ids = found.getHeader("Message-ID");
          if (ids != null) {
            for (String id : ids) {
              if (id.strip().equals(messageId)) {
                return true;
              }
            }
          }
        }
        return false;
      } finally {
        folder.close(false);
      }
    } catch (MessagingException e) {
      throw new TransportFailure(
          ("Sending was cut short (the service stopped), and the sent-copy mailbox ("
                  + settings.describe()
                  + ") could not be read to tell whether this mail went, so it was not sent "
                  + "again: "
                  + e.getMessage())
              .strip(),
          true,
          null,
          e);
    }
  }
}
