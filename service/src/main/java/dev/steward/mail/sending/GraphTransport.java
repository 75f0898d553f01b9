package dev.steward.mail.sending;

import dev.steward.microsoft.GraphAccess;
import dev.steward.microsoft.GraphCallException;
import dev.steward.microsoft.MailSending;
import dev.steward.microsoft.MicrosoftUnavailableException;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;

/**
 * Campaign mail from the firm's Microsoft 365 mailbox, as the application: the mail is made a draft
 * (its ids go on record before anything is sent), then the draft is sent. A mail whose attempt was
 * cut short is looked up by its draft's immutable id: still a draft, it is sent; already sent, it
 * is only recorded; never drafted, it is drafted now. So no member gets it twice.
 */
final class GraphTransport implements MailTransport {

  private static final Session MIME_ONLY = Session.getInstance(new Properties());

  private final MailSending graph;
  private final GraphAccess access;
  private final String mailbox;

  GraphTransport(MailSending graph, GraphAccess access, String mailbox) {
    this.graph = graph;
    this.access = access;
    this.mailbox = mailbox;
  }

  @Override
  public Optional<Delivered> send(OutgoingMail mail, boolean interrupted, DraftRecorder recorder) {
    try {
      String draftId = mail.draftId();
      if (draftId != null) {
        var draft = graph.isDraft(access, mailbox, draftId);
        if (draft.isPresent() && !draft.get()) {
          return Optional.empty();
        }
        if (draft.isEmpty()) {
          draftId = null;
        }
      }
      if (draftId == null) {
        var created =
            graph.createDraft(access, mailbox, MimeMails.bytes(MimeMails.build(MIME_ONLY, mail)));
        recorder.drafted(
            new Delivered(created.internetMessageId(), created.conversationId(), created.id()));
        draftId = created.id();
      }
      graph.sendDraft(access, mailbox, draftId);
      return Optional.empty();
    } catch (GraphCallException e) {
      throw new TransportFailure(e.getMessage(), e.temporary(), e.retryAfter(), e);
    } catch (MicrosoftUnavailableException e) {
      throw new TransportFailure(e.getMessage(), true, null, e);
    }
  }

  @Override
  public void close() {
    // the Graph client is shared and stays open
  }
}
