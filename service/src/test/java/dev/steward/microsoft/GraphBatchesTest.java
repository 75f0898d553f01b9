package dev.steward.microsoft;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.kiota.RequestInformation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** Many reads in {@code $batch} calls of at most 20, a throttled part sent again on its own. */
class GraphBatchesTest {

  static FakeMicrosoft microsoft;

  @BeforeAll
  static void startMicrosoft() {
    microsoft = FakeMicrosoft.start();
    microsoft.issuesAppToken(FakeMicrosoft.APP_TENANT, "app-token-batch");
  }

  @AfterAll
  static void stopMicrosoft() {
    microsoft.close();
  }

  @Test
  void twentyOneReadsGoInTwoBatchesAndAThrottledPartIsSentAgainAlone() {
    Map<String, Integer> asked = new ConcurrentHashMap<>();
    microsoft.answersBatches(
        part -> {
          int times = asked.merge(part, 1, Integer::sum);
          String user = part.substring(part.lastIndexOf('/') + 1);
          if (user.equals("u7") && times == 1) {
            var throttled =
                BatchResponder.answer(
                    429,
                    """
            {"error": {"code": "TooManyRequests", "message": "Too many requests"}}""");
            ((tools.jackson.databind.node.ObjectNode) throttled.get("headers"))
                .put("Retry-After", "0");
            return throttled;
          }
          return BatchResponder.answer(
              200,
              """
          {"id": "%s", "displayName": "User %s"}"""
                  .formatted(user, user));
        });
    var settings =
        microsoft.settings(
            DataSize.ofMegabytes(4),
            DataSize.ofBytes(327_680),
            MicrosoftSettings.ConflictBehavior.RENAME);
    var client = new GraphClients(settings).client(GraphAccess.app(null));
    List<RequestInformation> reads =
        IntStream.range(0, 21)
            .mapToObj(i -> client.users().byUserId("u" + i).toGetRequestInformation())
            .toList();

    var answers = GraphBatches.send(client, reads, 3);

    assertThat(answers)
        .hasSize(21)
        .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
    var json = JsonMapper.builder().build();
    for (int i = 0; i < 21; i++) {
      var body = json.readTree(new String(answers.get(i).body(), StandardCharsets.UTF_8));
      assertThat(body.path("id").asString())
          .as("answer %d in the order asked", i)
          .isEqualTo("u" + i);
    }
    var batches = microsoft.server().findAll(postRequestedFor(urlPathEqualTo("/v1.0/$batch")));
    assertThat(batches)
        .extracting(batch -> json.readTree(batch.getBodyAsString()).path("requests").size())
        .containsExactly(20, 1, 1);
    assertThat(asked).containsEntry("GET /users/u7", 2).hasSize(21);
    assertThat(batches)
        .allSatisfy(
            batch ->
                assertThat(batch.getHeader("Authorization")).isEqualTo("Bearer app-token-batch"));
  }
}
