package dev.steward.reports.delivery;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * A Steward not connected to Microsoft 365 says so, to every sign-in, before it writes any report.
 */
class OneDriveSaveWithoutMicrosoftIntegrationTest extends IntegrationTest {

  @Test
  void savingToOneDriveIsOffAndSaysWhy() throws Exception {
    api.post("/api/reports/portfolio/onedrive?from=2026-01-01&to=2026-03-31", "{}")
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.code").value("microsoft-not-connected"))
        .andExpect(
            jsonPath("$.detail").value(Matchers.containsString("STEWARD_MICROSOFT_CLIENT_SECRET")));
    api.get("/api/reports/onedrive")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.available").value(false))
        .andExpect(jsonPath("$.code").value("microsoft-not-connected"))
        .andExpect(jsonPath("$.reason").value(Matchers.containsString("not connected")));
  }
}
