package dev.steward.mail.sending;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A campaign of fresh members with a saved mail, ready to send, for the send tests. */
record SendFixtures(UUID campaign, List<UUID> members, List<String> addresses) {

  static SendFixtures campaign(Api api, String name, int size) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<UUID> members = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String address = "member" + i + "-" + run + "@example.com";
      addresses.add(address);
      members.add(
          api.create(
              "/api/contacts",
              """
              {"type":"individual","firstName":"Member","lastName":"%d","email":"%s"}"""
                  .formatted(i, address)));
    }
    UUID campaign =
        api.create(
            "/api/campaigns",
            """
            {"name":"%s %s","channel":"email"}"""
                .formatted(name, run));
    api.post(
            "/api/campaigns/{id}/contacts",
            """
            {"contactIds":[%s]}"""
                .formatted(String.join(",", members.stream().map(m -> "\"" + m + "\"").toList())),
            campaign)
        .andExpect(status().isOk());
    api.put(
            "/api/campaigns/{id}/mail/template",
            """
            {"subject":"Hi","html":"<p>Hi [[${contact.lastName}]]</p>","text":"Hi"}""",
            campaign)
        .andExpect(status().isOk());
    return new SendFixtures(campaign, members, addresses);
  }
}
