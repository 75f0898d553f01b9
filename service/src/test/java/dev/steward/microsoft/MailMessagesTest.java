package dev.steward.microsoft;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.identity.EntraAccessToken;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * Reading one email by its REST id, on behalf of the user, against WireMock playing Microsoft over
 * HTTPS.
 */
class MailMessagesTest {

  static final String USER_TENANT = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
  static final String USER_TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJ0aWQiOiJtYWlsIn0.c2lnbmF0dXJl";
  static final String REST_ID = "AAMkAGI2THVSAAA=";

  /** The id as the SDK writes it into the path. */
  static final String REST_ID_IN_PATH = "AAMkAGI2THVSAAA%3D";

  static final String MESSAGE_ID = "<CAF=reply-1@mail.client.example>";
  static final String IN_REPLY_TO = "<autumn-letter-7@firm.example>";

  static FakeMicrosoft microsoft;

  MailMessages messages;

  @BeforeAll
  static void startMicrosoft() {
    microsoft = FakeMicrosoft.start();
  }

  @AfterAll
  static void stopMicrosoft() {
    microsoft.close();
  }

  @BeforeEach
  void freshStubs() {
    microsoft.server().resetAll();
    microsoft.issuesOnBehalfOfToken(USER_TENANT, "obo-mail-token");
    var settings =
        microsoft.settings(
            DataSize.ofMegabytes(4),
            DataSize.ofBytes(320 * 1024),
            MicrosoftSettings.ConflictBehavior.RENAME);
    messages = new MailMessages(new GraphClients(settings));
  }

  private static GraphAccess user() {
    return GraphAccess.onBehalfOf(
        new EntraAccessToken(USER_TOKEN, USER_TENANT, Instant.now().plusSeconds(3600)));
  }

  private static String message() {
    return FakeMicrosoft.json(
        "message.json",
        Map.of("restId", REST_ID, "internetMessageId", MESSAGE_ID, "inReplyTo", IN_REPLY_TO));
  }

  @Test
  void readsTheUsersMessageByRestIdOnTheirBehalf() {
    microsoft
        .server()
        .stubFor(
            get(urlPathEqualTo("/v1.0/me/messages/" + REST_ID_IN_PATH))
                .willReturn(okJson(message())));

    ReadMessage read = messages.read(user(), REST_ID, null);

    assertThat(read.id()).isEqualTo(REST_ID);
    assertThat(read.subject()).isEqualTo("Re: Autumn estate-planning letter");
    assertThat(read.bodyText()).startsWith("Thank you for the letter.").contains("Ann Lee");
    assertThat(read.from()).isEqualTo(new ReadMessage.Address("ann.lee@client.example", "Ann Lee"));
    assertThat(read.to())
        .extracting(ReadMessage.Address::address)
        .containsExactly("MeganB@firm.example", "Bob.Ray@Client.example");
    assertThat(read.cc())
        .extracting(ReadMessage.Address::name)
        .containsExactly("Carla Diaz", "Nobody Known");
    assertThat(read.internetMessageId()).isEqualTo(MESSAGE_ID);
    assertThat(read.conversationId()).startsWith("AAQkAD");
    assertThat(read.inReplyTo()).isEqualTo(IN_REPLY_TO);
    assertThat(read.references()).isEqualTo("<campaign-seed@firm.example> " + IN_REPLY_TO);
    assertThat(read.attachmentNames()).containsExactly("Trust deed 2019.pdf");
    assertThat(read.webLink()).startsWith("https://outlook.office365.com/owa/?ItemID=");
    assertThat(read.receivedAt()).isEqualTo(Instant.parse("2026-03-04T10:15:00Z"));

    var request =
        microsoft
            .server()
            .findAll(getRequestedFor(urlPathEqualTo("/v1.0/me/messages/" + REST_ID_IN_PATH)))
            .get(0);
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer obo-mail-token");
    assertThat(request.queryParameter("$select").firstValue())
        .contains("internetMessageHeaders", "webLink");
    assertThat(request.queryParameter("$expand").firstValue())
        .isEqualTo("attachments($select=name)");
    assertThat(request.getHeaders().getHeader("Prefer").values())
        .anySatisfy(value -> assertThat(value).contains("outlook.body-content-type=\"text\""));
    assertThat(microsoft.tokenRequests(USER_TENANT))
        .isNotEmpty()
        .allSatisfy(
            exchange -> {
              assertThat(exchange)
                  .containsEntry("requested_token_use", "on_behalf_of")
                  .containsEntry("assertion", USER_TOKEN)
                  .containsEntry("client_id", FakeMicrosoft.CLIENT_ID);
              assertThat(exchange.get("scope")).contains("https://graph.microsoft.com/.default");
            });
  }

  @Test
  void readsAMessageOfASharedMailboxThroughItsOwner() {
    microsoft
        .server()
        .stubFor(
            get(urlPathEqualTo("/v1.0/users/campaigns%40firm.example/messages/" + REST_ID_IN_PATH))
                .willReturn(okJson(message())));

    ReadMessage read = messages.read(user(), REST_ID, "campaigns@firm.example");

    assertThat(read.internetMessageId()).isEqualTo(MESSAGE_ID);
  }

  @Test
  void saysWhatFailedWhenGraphCannotFindTheMessage() {
    microsoft
        .server()
        .stubFor(
            get(urlPathEqualTo("/v1.0/me/messages/" + REST_ID_IN_PATH))
                .willReturn(
                    aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(FakeMicrosoft.json("error-item-not-found.json", Map.of()))));

    assertThatThrownBy(() -> messages.read(user(), REST_ID, null))
        .isInstanceOfSatisfying(
            GraphCallException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.getMessage())
                  .startsWith("Reading the email failed: Microsoft Graph answered 404");
            });
  }
}
