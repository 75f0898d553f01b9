package dev.steward.contacts;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import org.junit.jupiter.api.Test;

class ContactRulesIntegrationTest extends IntegrationTest {

  @Test
  void servesTheFieldRulesTheApiChecks() throws Exception {
    api.get("/api/contacts/rules")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.maxLengths.firstName").value(ContactRules.MAX_NAME))
        .andExpect(jsonPath("$.maxLengths.companyName").value(ContactRules.MAX_COMPANY_NAME))
        .andExpect(jsonPath("$.maxLengths.postalCode").value(ContactRules.MAX_POSTAL_CODE))
        .andExpect(jsonPath("$.maxLengths.notes").value(ContactRules.MAX_NOTES))
        .andExpect(jsonPath("$.emailPattern").value(ContactRules.EMAIL_PATTERN))
        .andExpect(jsonPath("$.maxOtherEmails").value(ContactRules.MAX_OTHERS))
        .andExpect(jsonPath("$.maxCustomText").value(ContactRules.MAX_CUSTOM_TEXT))
        .andExpect(jsonPath("$.otherLabels", contains("work", "home", "mobile", "other")))
        .andExpect(jsonPath("$.namedBy.individual", contains("firstName", "lastName")))
        .andExpect(jsonPath("$.namedBy.business", contains("companyName")))
        .andExpect(jsonPath("$.namedBy.estate", contains("companyName")));
  }

  @Test
  void refusesAValueOneLongerThanTheServedRuleAllows() throws Exception {
    String city = "x".repeat(ContactRules.MAX_PLACE + 1);
    api.post(
            "/api/contacts",
            """
            {"type":"individual","lastName":"Lovelace","city":"%s"}"""
                .formatted(city))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("city"));
  }
}
