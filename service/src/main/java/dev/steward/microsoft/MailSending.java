package dev.steward.microsoft;

import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Sends mail from a mailbox through Microsoft Graph as the application (permission {@code
 * Mail.Send}, and {@code Mail.ReadWrite} for the draft), in two steps so that the sent message can
 * be known: the message is created as a draft from its MIME text (which keeps headers such as
 * {@code List-Unsubscribe}, which Graph's JSON form does not allow), giving its immutable id,
 * Internet message id and conversation id; then the draft is sent. The immutable id follows the
 * message into Sent Items, so a send cut short can ask afterwards whether it went.
 */
@Service
public class MailSending {

  private static final HashMap<String, ParsableFactory<? extends Parsable>> ERRORS =
      new HashMap<>();

  static {
    ERRORS.put("XXX", ODataError::createFromDiscriminatorValue);
  }

  private final GraphClients clients;

  MailSending(GraphClients clients) {
    this.clients = clients;
  }

  /** Whether this service can call Graph at all (an application id and a secret or certificate). */
  public boolean connected() {
    try {
      clients.requireConfigured();
      return true;
    } catch (MicrosoftUnavailableException e) {
      return false;
    }
  }

  /** A draft Graph holds: its immutable id and the ids a reply will carry. */
  public record Draft(String id, String internetMessageId, String conversationId) {}

  /**
   * Creates a draft in {@code mailbox} from a MIME message.
   *
   * @throws GraphCallException when Graph refuses or fails, {@linkplain
   *     GraphCallException#temporary() for now} or not
   */
  public Draft createDraft(GraphAccess access, String mailbox, byte[] mime) {
    GraphServiceClient client = clients.client(access);
    var messages = client.users().byUserId(mailbox).messages();
    var request = messages.toPostRequestInformation(new Message());
    // The JSON body the builder set goes, with its content type: Graph reads a base64 MIME body as
    // text/plain.
    request.headers.remove("Content-Type");
    request.setStreamContent(
        new ByteArrayInputStream(Base64.getEncoder().encode(mime)), "text/plain");
    Message created =
        GraphFailures.call(
            "Creating the draft",
            () ->
                client
                    .getRequestAdapter()
                    .send(request, ERRORS, Message::createFromDiscriminatorValue));
    Objects.requireNonNull(created, "Graph answered the draft with no message");
    return new Draft(created.getId(), created.getInternetMessageId(), created.getConversationId());
  }

  /** Sends a draft of {@code mailbox}. */
  public void sendDraft(GraphAccess access, String mailbox, String draftId) {
    GraphServiceClient client = clients.client(access);
    GraphFailures.call(
        "Sending the mail",
        () -> {
          client.users().byUserId(mailbox).messages().byMessageId(draftId).send().post();
          return null;
        });
  }

  /**
   * Whether the message is still a draft (true), was sent (false), or is gone (empty: deleted, or
   * never created).
   */
  public Optional<Boolean> isDraft(GraphAccess access, String mailbox, String messageId) {
    GraphServiceClient client = clients.client(access);
    try {
      Message message =
          GraphFailures.call(
              "Looking up the mail",
              () ->
                  client
                      .users()
                      .byUserId(mailbox)
                      .messages()
                      .byMessageId(messageId)
                      .get(
                          request ->
                              request.queryParameters.select = new String[] {"id", "isDraft"}));
      return Optional.of(Boolean.TRUE.equals(message.getIsDraft()));
    } catch (GraphCallException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** A sent message found in Sent Items: its immutable id and the ids a reply will carry. */
  public record SentMessage(
      String id, String internetMessageId, String conversationId, java.time.Instant sentAt) {}

  /** MAPI's property set of internet headers: a header set from Outlook is a property named so. */
  private static final String INTERNET_HEADERS = "{00020386-0000-0000-C000-000000000046}";

  /**
   * The message in {@code mailbox}'s Sent Items whose internet header {@code header} (lower case,
   * as it was set) has {@code value}, if there is one yet.
   */
  public Optional<SentMessage> findSentByHeader(
      GraphAccess access, String mailbox, String header, String value) {
    if (!value.matches("[A-Za-z0-9_-]+") || !header.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("header names and values here are plain tokens");
    }
    GraphServiceClient client = clients.client(access);
    var found =
        GraphFailures.call(
            "Looking for the sent mail",
            () ->
                client
                    .users()
                    .byUserId(mailbox)
                    .mailFolders()
                    .byMailFolderId("sentitems")
                    .messages()
                    .get(
                        request -> {
                          request.queryParameters.filter =
                              "singleValueExtendedProperties/any(ep: ep/id eq 'String "
                                  + INTERNET_HEADERS
                                  + " Name "
                                  + header
                                  + "' and ep/value eq '"
                                  + value
                                  + "')";
                          request.queryParameters.select =
                              new String[] {
                                "id", "internetMessageId", "conversationId", "sentDateTime"
                              };
                          request.queryParameters.top = 1;
                        }));
    if (found == null || found.getValue() == null || found.getValue().isEmpty()) {
      return Optional.empty();
    }
    Message message = found.getValue().get(0);
    return Optional.of(
        new SentMessage(
            message.getId(),
            message.getInternetMessageId(),
            message.getConversationId(),
            message.getSentDateTime() == null ? null : message.getSentDateTime().toInstant()));
  }
}
