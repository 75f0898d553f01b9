package dev.steward.mail.replies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.mail.Interactions;
import dev.steward.mail.Participant;
import dev.steward.mail.SentCampaignMail;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A campaign mail tracked from Outlook compose feeds reply detection once its ids are known: its
 * conversation and Message-ID lead to its campaign, as a sent campaign mail's do.
 */
class TrackedMailRepliesIntegrationTest extends MailSyncTestSupport {

  @Autowired Interactions interactions;
  @Autowired ReplyLookups lookups;

  @Test
  void aTrackedMailsConversationAndMessageIdLeadToItsCampaign() throws Exception {
    UUID anna = contact("Anna", "Tracked");
    UUID campaign = sentCampaign("Tracked letter " + run, "2026-10-01", anna);
    String messageId = "<tracked-" + run + "@firm.example>";
    String conversation = "CONV-TRACKED-" + run;

    Map<String, UUID> before =
        inFirm(
            () -> {
              UUID filed =
                  interactions.fileTrackedCampaignMail(
                      new SentCampaignMail(
                          campaign,
                          anna,
                          "Your letter",
                          null,
                          Instant.now(),
                          null,
                          null,
                          null,
                          new Participant("adviser@firm.example", "Adviser"),
                          new Participant("anna@example.com", "Anna Tracked"),
                          null));
              var unknown = lookups.campaignsOfConversations(List.of(conversation));
              assertThat(interactions.identifyTrackedMail(filed, messageId, conversation, "AAMk-1"))
                  .isTrue();
              return unknown;
            });

    assertThat(before).isEmpty();
    assertThat(inFirm(() -> lookups.campaignsOfConversations(List.of(conversation))))
        .containsEntry(conversation, campaign);
    assertThat(inFirm(() -> lookups.campaignsOfMessages(List.of(messageId))))
        .containsEntry(messageId, campaign);
  }
}
