package dev.steward.mail;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import org.junit.jupiter.api.Test;

class SignatureIntegrationTest extends IntegrationTest {

  @Test
  void proposesTheSendersDetailsFromTheMessageBody() throws Exception {
    String body =
        """
        {"text": "Hi,\\n\\nSee you Tuesday.\\n\\nBest regards,\\nJane Doe\\nSenior Wealth Advisor\\nHartwell Wealth \
        Partners LLC\\nM: (202) 555-0143\\nwww.hartwellwealth.com\\n\\nOn Mon, Mar 3, 2025 Bob <bob@x.com> wrote:\\n> \
        Bob\\n> 212-555-0100", "senderName": "Jane Doe", "senderEmail": "jane@hartwellwealth.com"}""";

    signIn(firm, Role.USER)
        .post("/api/mail/signature", body)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.phones.length()").value(1))
        .andExpect(jsonPath("$.phones[0].e164").value("+12025550143"))
        .andExpect(jsonPath("$.phones[0].raw").value("(202) 555-0143"))
        .andExpect(jsonPath("$.phones[0].kind").value("mobile"))
        .andExpect(jsonPath("$.jobTitle").value("Senior Wealth Advisor"))
        .andExpect(jsonPath("$.company").value("Hartwell Wealth Partners LLC"))
        .andExpect(jsonPath("$.website").value("https://www.hartwellwealth.com"));
  }

  @Test
  void refusesABodyOverFiftyThousandCharacters() throws Exception {
    String text = "a".repeat(50_001);

    api.post("/api/mail/signature", "{\"text\": \"" + text + "\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("text"));
    api.post("/api/mail/signature", "{\"text\": \"" + "a".repeat(50_000) + "\"}")
        .andExpect(status().isOk());
  }

  @Test
  void refusesViewers() throws Exception {
    signIn(firm, Role.VIEWER)
        .post("/api/mail/signature", "{\"text\": \"Thanks\"}")
        .andExpect(status().isForbidden());
  }
}
