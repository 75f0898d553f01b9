package dev.steward.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The web app's API types are generated from {@code taskpane-web/src/api/openapi.json}; this test
 * keeps that file equal to what the service publishes at {@code /v3/api-docs}. Run with {@code
 * -Dopenapi.update=true}, it writes the service's document there instead of comparing.
 */
class OpenApiDocumentIntegrationTest extends IntegrationTest {

  static final Path COMMITTED = Path.of("../taskpane-web/src/api/openapi.json");
  static final Path PUBLISHED_COPY = Path.of("target/openapi.json");
  static final String REFRESH =
      "./mvnw -B -o -pl service test -Dtest=OpenApiDocumentIntegrationTest -Dopenapi.update=true"
          + " && (cd taskpane-web && npm run api:types)";
  private static final int MOST_DIFFERENCES_SHOWN = 40;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void committedDocumentIsWhatTheServicePublishes() throws Exception {
    String body =
        mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    JsonNode published = sortedKeys(JSON.readTree(body));
    String publishedText = prettyPrinted(published);
    Files.writeString(PUBLISHED_COPY, publishedText);

    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(COMMITTED, publishedText);
      return;
    }
    JsonNode committed = sortedKeys(JSON.readTree(readCommitted()));
    List<String> differences = new ArrayList<>();
    compare("", committed, published, differences);
    assertThat(differences)
        .as(
            "taskpane-web/src/api/openapi.json differs from the service's /v3/api-docs"
                + " (- committed, + published; the published one is in service/%s)."
                + " If the API change is intended, refresh the document and the types: %s",
            PUBLISHED_COPY, REFRESH)
        .isEmpty();
    assertThat(readCommitted())
        .as("openapi.json is written in its canonical form; refresh it with: %s", REFRESH)
        .isEqualTo(publishedText);
  }

  private static String readCommitted() throws IOException {
    return Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "{}";
  }

  /** The same document with every object's keys in alphabetical order (arrays keep theirs). */
  static JsonNode sortedKeys(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode sorted = JsonNodeFactory.instance.objectNode();
      new TreeSet<>(object.propertyNames())
          .forEach(name -> sorted.set(name, sortedKeys(object.get(name))));
      return sorted;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      array.forEach(element -> copy.add(sortedKeys(element)));
      return copy;
    }
    return node;
  }

  /**
   * Two-space indent, {@code "name": value}, one array element a line: as JSON.stringify writes.
   */
  static String prettyPrinted(JsonNode document) {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators)
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    return JSON.writer().with(printer).writeValueAsString(document) + "\n";
  }

  /** Adds one line per difference, by JSON pointer, to {@code differences}. */
  static void compare(String at, JsonNode committed, JsonNode published, List<String> differences) {
    if (differences.size() >= MOST_DIFFERENCES_SHOWN) {
      return;
    }
    if (committed.isObject() && published.isObject()) {
      TreeSet<String> names = new TreeSet<>(committed.propertyNames());
      names.addAll(published.propertyNames());
      for (String name : names) {
        String pointer = at + "/" + name.replace("~", "~0").replace("/", "~1");
        if (!published.has(name)) {
          differences.add("- " + pointer + ": " + abbreviated(committed.get(name)));
        } else if (!committed.has(name)) {
          differences.add("+ " + pointer + ": " + abbreviated(published.get(name)));
        } else {
          compare(pointer, committed.get(name), published.get(name), differences);
        }
      }
    } else if (!committed.equals(published)) {
      differences.add("- " + at + ": " + abbreviated(committed));
      differences.add("+ " + at + ": " + abbreviated(published));
    }
  }

  private static String abbreviated(JsonNode node) {
    String text = node.toString();
    return text.length() <= 160 ? text : text.substring(0, 157) + "...";
  }
}
