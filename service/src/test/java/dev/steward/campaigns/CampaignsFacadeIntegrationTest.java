package dev.steward.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import dev.steward.IntegrationTest;
import dev.steward.platform.InvalidInputException;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.ExpiredTrash;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class CampaignsFacadeIntegrationTest extends IntegrationTest {

  @Autowired Campaigns campaigns;
  @Autowired ExpiredTrash expiredTrash;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void createsFillsAndRecordsResponsesForOtherFeatures() throws Exception {
    var ada =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ada","lastName":"Lovelace"}""");
    var respondedAt = Instant.parse("2026-01-05T10:00:00Z");

    var member =
        CurrentTenant.callAs(
            firm,
            () -> {
              var created =
                  campaigns.create(
                      "Spring letter",
                      null,
                      Channel.MAIL,
                      LocalDate.of(2026, 1, 1),
                      CampaignStatus.SENT);
              assertThat(campaigns.addMembers(created.id(), List.of(ada, ada)))
                  .isEqualTo(new AddedMembers(1, 0));
              assertThat(campaigns.addMembers(created.id(), List.of(ada)))
                  .isEqualTo(new AddedMembers(0, 1));
              campaigns.recordResponse(
                  created.id(),
                  ada,
                  ResponseStatus.RESPONDED,
                  respondedAt,
                  RecordedVia.IMPORT,
                  "Replied by letter");
              // Null notes keep the ones recorded before; a later answer keeps the first response
              // date.
              return campaigns.recordResponse(
                  created.id(), ada, ResponseStatus.CONVERTED, null, null, null);
            });
    assertThat(member.status()).isEqualTo(ResponseStatus.CONVERTED);
    assertThat(member.responseDate()).isEqualTo(respondedAt);
    assertThat(member.notes()).isEqualTo("Replied by letter");
    assertThat(member.recordedVia()).isEqualTo(RecordedVia.MANUAL);

    var memberships = CurrentTenant.callAs(firm, () -> campaigns.membershipsOf(ada));
    assertThat(memberships)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.campaignName()).isEqualTo("Spring letter");
              assertThat(m.channel()).isEqualTo(Channel.MAIL);
              assertThat(m.campaignStatus()).isEqualTo(CampaignStatus.SENT);
              assertThat(m.status()).isEqualTo(ResponseStatus.CONVERTED);
            });
  }

  @Test
  void appliesTheApiRulesToo() {
    CurrentTenant.runAs(
        firm,
        () -> {
          assertThatThrownBy(() -> campaigns.create(" ", null, null, null, null))
              .isInstanceOfSatisfying(
                  InvalidInputException.class,
                  e ->
                      assertThat(e.problems())
                          .extracting(p -> p.field())
                          .containsExactlyInAnyOrder("name", "channel"));
          var created = campaigns.create("Newsletter", null, Channel.EMAIL, null, null);
          assertThat(created.status()).isEqualTo(CampaignStatus.DRAFT);
          var unknown = UUID.randomUUID();
          assertThatThrownBy(() -> campaigns.addMembers(created.id(), List.of(unknown)))
              .isInstanceOf(InvalidInputException.class)
              .hasMessageContaining(unknown.toString());
        });
  }

  @Test
  void purgesCampaignsTrashedLongerThanTheRetention() throws Exception {
    var kept =
        api.create(
            "/api/campaigns",
            """
        {"name":"Recently trashed","channel":"mail"}""");
    var expired =
        api.create(
            "/api/campaigns",
            """
        {"name":"Long gone","channel":"mail"}""");
    api.delete("/api/campaigns/{id}", kept);
    api.delete("/api/campaigns/{id}", expired);
    CurrentTenant.runAs(
        firm,
        () ->
            new TransactionTemplate(transactionManager)
                .executeWithoutResult(
                    status ->
                        jdbc.sql(
                                "update campaigns set deleted_at = now() - interval '31 days' where tenant_id = ? and id = ?")
                            .params(firm, expired)
                            .update()));

    assertThat(
            CurrentTenant.callAs(
                firm, () -> expiredTrash.purgeCurrentFirm(CampaignJobs.CAMPAIGN_TRASH)))
        .isEqualTo(1);
    api.get("/api/campaigns/trash")
        .andExpect(jsonPath("$.items[*].name", contains("Recently trashed")));
  }
}
