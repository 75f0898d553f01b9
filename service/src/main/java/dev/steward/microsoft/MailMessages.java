package dev.steward.microsoft;

import com.microsoft.graph.models.InternetMessageHeader;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.Recipient;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.UserItemRequestBuilder;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * Reads one email through Microsoft Graph by its REST id: body as text, the headers that tie a
 * reply to what it answers, recipients, attachments' names (not their content) and its web link.
 * Needs the delegated permission {@code Mail.Read} for the signed-in user's own mail, {@code
 * Mail.Read.Shared} for a shared mailbox's.
 */
@Service
public class MailMessages {

  private static final String[] FIELDS = {
    "id",
    "subject",
    "body",
    "bodyPreview",
    "from",
    "sender",
    "toRecipients",
    "ccRecipients",
    "internetMessageId",
    "conversationId",
    "internetMessageHeaders",
    "webLink",
    "receivedDateTime",
    "hasAttachments"
  };

  private final GraphClients clients;

  MailMessages(GraphClients clients) {
    this.clients = clients;
  }

  /**
   * The message {@code restId} of the user's mailbox, or of {@code sharedMailbox} when it is in a
   * shared or delegated mailbox (its owner's address; null for the user's own).
   *
   * @throws GraphCallException when Graph refuses (no consent to Mail.Read, an unknown id) or fails
   * @throws MicrosoftUnavailableException when Graph is not configured or {@code access} cannot act
   */
  public ReadMessage read(GraphAccess access, String restId, String sharedMailbox) {
    Objects.requireNonNull(restId, "restId");
    GraphServiceClient client = clients.client(access);
    UserItemRequestBuilder mailbox =
        sharedMailbox == null || sharedMailbox.isBlank()
            ? client.me()
            : client.users().byUserId(sharedMailbox.strip());
    Message message =
        GraphFailures.call(
            "Reading the email",
            () ->
                mailbox
                    .messages()
                    .byMessageId(restId)
                    .get(
                        request -> {
                          request.queryParameters.select = FIELDS;
                          request.queryParameters.expand =
                              new String[] {"attachments($select=name)"};
                          request.headers.add("Prefer", "outlook.body-content-type=\"text\"");
                        }));
    return toRead(message);
  }

  private static ReadMessage toRead(Message message) {
    var from = message.getFrom() != null ? message.getFrom() : message.getSender();
    return new ReadMessage(
        message.getId(),
        message.getSubject(),
        message.getBody() == null ? null : message.getBody().getContent(),
        message.getBodyPreview(),
        address(from),
        addresses(message.getToRecipients()),
        addresses(message.getCcRecipients()),
        message.getInternetMessageId(),
        message.getConversationId(),
        header(message, "In-Reply-To"),
        header(message, "References"),
        message.getAttachments() == null
            ? List.of()
            : message.getAttachments().stream()
                .map(a -> a.getName())
                .filter(Objects::nonNull)
                .toList(),
        message.getWebLink(),
        message.getReceivedDateTime() == null ? null : message.getReceivedDateTime().toInstant());
  }

  private static String header(Message message, String name) {
    List<InternetMessageHeader> headers = message.getInternetMessageHeaders();
    if (headers == null) {
      return null;
    }
    return headers.stream()
        .filter(h -> name.equalsIgnoreCase(h.getName()))
        .map(InternetMessageHeader::getValue)
        .filter(Objects::nonNull)
        .map(String::strip)
        .findFirst()
        .orElse(null);
  }

  private static List<ReadMessage.Address> addresses(List<Recipient> recipients) {
    return recipients == null
        ? List.of()
        : recipients.stream().map(MailMessages::address).filter(Objects::nonNull).toList();
  }

  private static ReadMessage.Address address(Recipient recipient) {
    if (recipient == null
        || recipient.getEmailAddress() == null
        || recipient.getEmailAddress().getAddress() == null) {
      return null;
    }
    var email = recipient.getEmailAddress();
    return new ReadMessage.Address(
        email.getAddress().strip(), email.getName() == null ? "" : email.getName().strip());
  }
}
