package dev.steward.microsoft;

import com.microsoft.graph.models.Message;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.mailfolders.item.messages.delta.DeltaGetResponse;
import com.microsoft.graph.users.item.mailfolders.item.messages.delta.DeltaRequestBuilder;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.ParseNodeFactoryRegistry;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A mailbox's inbox through Graph delta queries, and the Internet headers of chosen messages
 * through {@code $batch}.
 *
 * <p>A sync starts from the delta link the last one ended with (or from nothing: every message in
 * the inbox), reads page after page by {@code @odata.nextLink}, and ends with a new
 * {@code @odata.deltaLink} to keep. A delta link Graph no longer knows (410 Gone, {@code
 * syncStateNotFound}) starts the sync again from nothing; the caller sees the same messages again
 * and must be idempotent. Delta never returns {@code internetMessageHeaders}, so the headers of the
 * few messages that need them are read afterwards, 20 to a batch.
 */
@Service
public class MailDelta {

  /**
   * Only what reply detection looks at; a smaller page travels faster and lets Graph send more of
   * them.
   */
  static final String[] DELTA_FIELDS = {
    "id", "internetMessageId", "conversationId", "subject", "from", "receivedDateTime", "webLink"
  };

  private static final Logger log = LoggerFactory.getLogger(MailDelta.class);

  private final GraphClients clients;
  private final MicrosoftSettings settings;

  MailDelta(GraphClients clients, MicrosoftSettings settings) {
    this.clients = clients;
    this.settings = settings;
  }

  /**
   * How a sync went: the delta link to keep, and whether an expired one made it start again from
   * nothing.
   */
  public record Outcome(String deltaLink, boolean resynced, int pages) {}

  /**
   * Reads what changed in {@code mailbox}'s inbox since {@code deltaLink} (everything when null),
   * handing each page's new or changed messages to {@code eachPage}; removed messages are left out.
   *
   * @param pageSize how many messages Graph is asked to put on a page ({@code Prefer:
   *     odata.maxpagesize})
   */
  public Outcome inboxChanges(
      GraphAccess access,
      String mailbox,
      String deltaLink,
      int pageSize,
      Consumer<List<InboxMessage>> eachPage) {
    GraphServiceClient client = clients.client(access);
    try {
      return follow(client, mailbox, deltaLink, pageSize, eachPage, false);
    } catch (GraphCallException e) {
      if (deltaLink == null || !expired(e)) {
        throw e;
      }
      log.info(
          "The delta link of {} has expired ({}): reading its whole inbox again",
          mailbox,
          e.getMessage());
      return follow(client, mailbox, null, pageSize, eachPage, true);
    }
  }

  /**
   * The Internet message headers (name to values, names in lower case) of each message id, read in
   * batches of 20; throttled parts are sent again as the batch says. A message Graph could not read
   * (deleted meanwhile) has none.
   */
  public Map<String, Map<String, List<String>>> headers(
      GraphAccess access, String mailbox, List<String> messageIds) {
    GraphServiceClient client = clients.client(access);
    List<RequestInformation> requests =
        messageIds.stream()
            .map(
                id ->
                    client
                        .users()
                        .byUserId(mailbox)
                        .messages()
                        .byMessageId(id)
                        .toGetRequestInformation(
                            config ->
                                config.queryParameters.select =
                                    new String[] {"internetMessageHeaders"}))
            .toList();
    var answers = GraphBatches.send(client, requests, settings.maxRetries());
    Map<String, Map<String, List<String>>> headers = new LinkedHashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      var answer = answers.get(i);
      if (answer.status() != 200) {
        log.warn(
            "Reading the headers of message {} in {} failed: Graph answered {}",
            messageIds.get(i),
            mailbox,
            answer.status());
        continue;
      }
      headers.put(messageIds.get(i), headersOf(answer.body()));
    }
    return headers;
  }

  private Outcome follow(
      GraphServiceClient client,
      String mailbox,
      String deltaLink,
      int pageSize,
      Consumer<List<InboxMessage>> eachPage,
      boolean resynced) {
    DeltaRequestBuilder delta =
        client.users().byUserId(mailbox).mailFolders().byMailFolderId("inbox").messages().delta();
    String prefer = "odata.maxpagesize=" + pageSize;
    DeltaGetResponse page =
        deltaLink == null
            ? GraphFailures.call(
                "Reading the inbox of " + mailbox,
                () ->
                    delta.get(
                        config -> {
                          config.queryParameters.select = DELTA_FIELDS;
                          config.headers.add("Prefer", prefer);
                        }))
            : GraphFailures.call(
                "Reading what changed in the inbox of " + mailbox,
                () -> delta.withUrl(deltaLink).get(config -> config.headers.add("Prefer", prefer)));
    int pages = 1;
    while (true) {
      eachPage.accept(messagesOf(page));
      String next = page.getOdataNextLink();
      if (next == null) {
        String kept =
            Objects.requireNonNull(
                page.getOdataDeltaLink(),
                "Graph ended a delta round with neither a next link nor a delta link");
        return new Outcome(kept, resynced, pages);
      }
      page =
          GraphFailures.call(
              "Reading the next page of the inbox of " + mailbox,
              () -> delta.withUrl(next).get(config -> config.headers.add("Prefer", prefer)));
      pages++;
    }
  }

  private static List<InboxMessage> messagesOf(DeltaGetResponse page) {
    List<InboxMessage> messages = new ArrayList<>();
    if (page.getValue() == null) {
      return messages;
    }
    for (Message message : page.getValue()) {
      if (message.getAdditionalData().containsKey("@removed")) {
        continue;
      }
      var from = message.getFrom() == null ? null : message.getFrom().getEmailAddress();
      messages.add(
          new InboxMessage(
              message.getId(),
              message.getInternetMessageId(),
              message.getConversationId(),
              message.getSubject(),
              from == null ? null : from.getAddress(),
              from == null ? null : from.getName(),
              message.getReceivedDateTime() == null
                  ? null
                  : message.getReceivedDateTime().toInstant(),
              message.getWebLink()));
    }
    return messages;
  }

  private static Map<String, List<String>> headersOf(byte[] body) {
    // The Graph client registered its JSON parser here when it was built
    Message message =
        ParseNodeFactoryRegistry.defaultInstance
            .getParseNode("application/json", new ByteArrayInputStream(body))
            .getObjectValue(Message::createFromDiscriminatorValue);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (message.getInternetMessageHeaders() != null) {
      for (var header : message.getInternetMessageHeaders()) {
        if (header.getName() != null) {
          headers
              .computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
              .add(header.getValue() == null ? "" : header.getValue());
        }
      }
    }
    return headers;
  }

  /** Graph's answer to a delta link it no longer holds state for. */
  private static boolean expired(GraphCallException e) {
    return e.status() == 410
        || "syncStateNotFound".equalsIgnoreCase(e.code())
        || "resyncRequired".equalsIgnoreCase(e.code());
  }
}
