package dev.steward.platform;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class OperationsIntegrationTest extends IntegrationTest {

  @Test
  void healthChecksTheDatabase() throws Exception {
    mvc.perform(MockMvcRequestBuilders.get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.replica.details.replica").value("not configured"))
        .andExpect(jsonPath("$.components.replica.details.reportsReadFrom").value("primary"));
    mvc.perform(MockMvcRequestBuilders.get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void publishesTheApiAsOpenApi() throws Exception {
    mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("Steward CRM API"))
        .andExpect(jsonPath("$.paths['/api/contacts'].get").exists())
        .andExpect(jsonPath("$.paths['/api/contacts/lookup'].get").exists())
        .andExpect(jsonPath("$.paths['/api/contacts/{id}/relationships'].post").exists());
    mvc.perform(MockMvcRequestBuilders.get("/swagger-ui/index.html")).andExpect(status().isOk());
  }
}
