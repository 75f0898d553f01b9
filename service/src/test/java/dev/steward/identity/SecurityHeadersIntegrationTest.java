package dev.steward.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import dev.steward.IntegrationTest;
import org.junit.jupiter.api.Test;

class SecurityHeadersIntegrationTest extends IntegrationTest {

  @Test
  void letsOfficeFrameThePaneAndNobodyElse() throws Exception {
    mvc.perform(get("/api/config"))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    containsString("frame-ancestors 'self' https://*.office.com")))
        .andExpect(
            header().string("Content-Security-Policy", containsString("https://*.outlook.com")))
        .andExpect(header().doesNotExist("X-Frame-Options"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
  }

  @Test
  void sendsHstsOnlyOverHttps() throws Exception {
    mvc.perform(get("/api/config")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    mvc.perform(get("/api/config").secure(true))
        .andExpect(
            header().string("Strict-Transport-Security", containsString("max-age=31536000")));
  }
}
