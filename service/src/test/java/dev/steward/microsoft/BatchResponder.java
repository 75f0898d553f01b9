package dev.steward.microsoft;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Graph's {@code $batch} for WireMock: answers each part of a batch under the part's own id (which
 * the SDK makes up), as {@link #parts} decides from the part's method and URL. Stubs use it with
 * {@code withTransformers("graph-batch")}.
 */
public final class BatchResponder implements ResponseDefinitionTransformerV2 {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * A part's answer, given "METHOD url": its status, headers and body, as Graph writes them in a
   * batch answer.
   */
  volatile Function<String, ObjectNode> parts = part -> answer(404, null);

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    JsonNode batch = JSON.readTree(event.getRequest().getBodyAsString());
    ObjectNode answer = JSON.createObjectNode();
    var responses = answer.putArray("responses");
    for (JsonNode request : batch.path("requests")) {
      ObjectNode part =
          parts.apply(request.path("method").asString() + " " + request.path("url").asString());
      part.put("id", request.path("id").asString());
      responses.add(part);
    }
    return ResponseDefinitionBuilder.like(event.getResponseDefinition())
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(JSON.writeValueAsString(answer))
        .build();
  }

  /** A part's answer with {@code status} and a JSON {@code body} (or none). */
  public static ObjectNode answer(int status, String body) {
    ObjectNode part = JSON.createObjectNode();
    part.put("status", status);
    part.putObject("headers").put("Content-Type", "application/json");
    if (body != null) {
      part.set("body", JSON.readTree(body));
    }
    return part;
  }

  @Override
  public String getName() {
    return "graph-batch";
  }

  @Override
  public boolean applyGlobally() {
    return false;
  }
}
