package dev.steward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoDataIntegrationTest extends IntegrationTest {

  @Autowired DemoFirm loader;

  @Test
  void loadsALivingFirm() throws Exception {
    var loaded = loader.loadInto(firm);
    assertThat(loaded.contacts()).isBetween(280, 320);
    assertThat(loaded.campaigns()).isEqualTo(4);

    Map<String, Integer> byType =
        Api.read(
            api.get("/api/analytics/dashboard").andExpect(status().isOk()), "$.contactsByType");
    assertThat(byType.get("individual")).isEqualTo(230);
    assertThat(byType.get("business")).isEqualTo(50);
    assertThat(byType.get("estate")).isEqualTo(20);
    Map<String, Integer> campaigns =
        Api.read(api.get("/api/analytics/dashboard"), "$.campaignsByStatus");
    assertThat(campaigns)
        .containsEntry("completed", 1)
        .containsEntry("sent", 2)
        .containsEntry("draft", 1);
    Map<String, Integer> perWeek =
        Api.read(api.get("/api/analytics/dashboard"), "$.responsesPerWeek");
    assertThat(perWeek.values().stream().filter(count -> count > 0).count())
        .as("responses spread over weeks")
        .isGreaterThan(4);

    List<String> estates = Api.read(api.get("/api/contacts?type=estate&size=1"), "$.items[*].id");
    List<String> labels =
        Api.read(api.get("/api/contacts/{id}/relationships", estates.get(0)), "$[*].label");
    assertThat(labels).contains("Has executor", "Has beneficiary");
  }

  @Test
  void neverLoadsTwice() {
    loader.loadInto(firm);
    assertThat(loader.loadInto(firm)).isNull();
  }
}
