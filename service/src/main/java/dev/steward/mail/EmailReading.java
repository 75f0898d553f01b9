package dev.steward.mail;

import dev.steward.microsoft.GraphAccess;
import dev.steward.microsoft.GraphCallException;
import dev.steward.microsoft.MailMessages;
import dev.steward.microsoft.MicrosoftUnavailableException;
import dev.steward.microsoft.ReadMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where an email's details come from. With a Microsoft sign-in and Graph configured, the service
 * reads the message itself by its REST id, and Graph's account replaces what the pane sent;
 * otherwise (a password sign-in, no Graph, or Graph refusing) the pane's account from Office.js
 * stands, and the reason goes back to the pane. Runs outside any transaction, so that no database
 * connection waits on Microsoft.
 */
@Component
class EmailReading {

  /** How much of the body is kept as the filed email's summary, as the pane keeps. */
  static final int SUMMARY_CHARS = 2000;

  private static final Logger log = LoggerFactory.getLogger(EmailReading.class);

  private final MailMessages messages;

  EmailReading(MailMessages messages) {
    this.messages = messages;
  }

  /** The request's email as it will be filed, and whether Graph or Outlook gave its details. */
  record Read(InteractionRequest request, String readThrough, String graphUnavailable) {}

  Read read(InteractionRequest request) {
    if (!"email".equals(request.kind()) || request.restId() == null || request.restId().isBlank()) {
      return new Read(request, "outlook", null);
    }
    try {
      var message =
          messages.read(GraphAccess.signedInUser(), request.restId(), request.sharedMailbox());
      return new Read(merged(request, message), "graph", null);
    } catch (MicrosoftUnavailableException e) {
      return new Read(request, "outlook", e.getMessage());
    } catch (GraphCallException e) {
      log.warn(
          "Filed an email with Outlook's details, since Graph could not read it: {}",
          e.getMessage());
      return new Read(request, "outlook", e.getMessage());
    }
  }

  private static InteractionRequest merged(InteractionRequest pane, ReadMessage graph) {
    String body =
        graph.bodyText() == null
            ? graph.bodyPreview()
            : graph.bodyText().replaceAll("\\s+\\n", "\n").strip();
    return new InteractionRequest(
        pane.kind(),
        pane.direction(),
        truncated(graph.subject(), 500),
        body == null || body.isEmpty() ? pane.summary() : truncated(body, SUMMARY_CHARS),
        graph.receivedAt() == null ? pane.occurredAt() : graph.receivedAt(),
        or(graph.internetMessageId(), pane.internetMessageId()),
        or(graph.conversationId(), pane.conversationId()),
        pane.campaignId(),
        pane.responseStatus(),
        pane.contactIds(),
        graph.from() == null ? pane.from() : participant(graph.from()),
        participants(graph.to()),
        participants(graph.cc()),
        graph.id() == null ? pane.restId() : graph.id(),
        pane.sharedMailbox(),
        truncated(graph.inReplyTo(), 1000),
        truncated(graph.references(), 20000),
        truncated(graph.webLink(), 2000),
        graph.attachmentNames());
  }

  private static List<Participant> participants(List<ReadMessage.Address> addresses) {
    return addresses.stream().map(EmailReading::participant).toList();
  }

  private static Participant participant(ReadMessage.Address address) {
    return new Participant(address.address(), address.name());
  }

  private static String or(String first, String second) {
    return first == null || first.isBlank() ? second : first;
  }

  private static String truncated(String text, int chars) {
    return text == null || text.length() <= chars ? text : text.substring(0, chars);
  }
}
