package dev.steward.identity;

import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import org.junit.jupiter.api.Test;

/** {@code GET /api/config} where Entra sign-in is not configured (no steward.entra.client-id). */
class ConfigIntegrationTest extends IntegrationTest {

  @Test
  void withoutEntraOnlyLocalSignInIsOffered() throws Exception {
    mvc.perform(get("/api/config"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.localSignIn").value(true))
        .andExpect(jsonPath("$", not(hasKey("microsoft"))));
  }
}
