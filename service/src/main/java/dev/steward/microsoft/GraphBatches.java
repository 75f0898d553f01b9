package dev.steward.microsoft;

import com.microsoft.graph.core.content.BatchRequestContentCollection;
import com.microsoft.graph.core.content.BatchResponseContentCollection;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestInformation;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Response;

/**
 * Many small Graph requests in {@code $batch} calls of at most 20 (the SDK splits them). A batch
 * answers each part with its own status; parts throttled or refused as unavailable (429, 503, 504)
 * are sent again in a new batch, after the longest Retry-After among them, up to {@code maxRetries}
 * times. The other parts' answers stand as they came.
 */
final class GraphBatches {

  static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
  private static final Set<Integer> RETRYABLE = Set.of(429, 503, 504);

  private GraphBatches() {}

  /** One part's answer: its status and its body. */
  record Answer(int status, byte[] body) {}

  /** Sends {@code requests}; the answers come back in their order. */
  static List<Answer> send(
      GraphServiceClient client, List<RequestInformation> requests, int maxRetries) {
    Map<Integer, RequestInformation> pending = new LinkedHashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      pending.put(i, requests.get(i));
    }
    Answer[] answers = new Answer[requests.size()];
    for (int attempt = 0; !pending.isEmpty(); attempt++) {
      var batch = new BatchRequestContentCollection(client);
      Map<String, Integer> parts = new LinkedHashMap<>();
      pending.forEach((index, request) -> parts.put(batch.addBatchRequestStep(request), index));
      BatchResponseContentCollection result =
          GraphFailures.call(
              "A batch of " + parts.size() + " Graph requests", () -> post(client, batch));
      long waitSeconds = 0;
      for (var part : parts.entrySet()) {
        try (Response response = result.getResponseById(part.getKey())) {
          int status = response == null ? 0 : response.code();
          if (RETRYABLE.contains(status) && attempt < maxRetries) {
            waitSeconds = Math.max(waitSeconds, retryAfterSeconds(response));
            continue;
          }
          answers[part.getValue()] =
              new Answer(
                  status,
                  response == null || response.body() == null
                      ? new byte[0]
                      : response.body().bytes());
          pending.remove(part.getValue());
        } catch (IOException e) {
          throw GraphFailures.unreachable("Reading a batch answer", e);
        }
      }
      if (!pending.isEmpty()) {
        pause(Math.min(waitSeconds, LONGEST_WAIT.toSeconds()));
      }
    }
    return List.of(answers);
  }

  private static BatchResponseContentCollection post(
      GraphServiceClient client, BatchRequestContentCollection batch) {
    try {
      return client.getBatchRequestBuilder().post(batch, null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A part's Retry-After in seconds; parts that give none wait a second, as Graph's guidance
   * suggests.
   */
  private static long retryAfterSeconds(Response response) {
    String value = response.header("Retry-After");
    if (value == null) {
      return 1;
    }
    try {
      return Math.max(0, Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static void pause(long seconds) {
    try {
      Thread.sleep(seconds * 1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while waiting to send throttled batch parts again", e);
    }
  }
}
