package dev.steward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import dev.steward.tenancy.CurrentTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class AuditIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private long version(UUID contactId) throws Exception {
    return ((Number) Api.read(api.get("/api/contacts/{id}", contactId), "$.version")).longValue();
  }

  private List<String> actions() throws Exception {
    return Api.read(api.get("/api/audit?size=200"), "$.items[*].action");
  }

  @Test
  void recordsEveryChangeToContactsRelationshipsCampaignsAndMembersWithBeforeAndAfter()
      throws Exception {
    var ada =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ada","lastName":"Lovelace","email":"ada@example.com"}""");
    var estate =
        api.create(
            "/api/contacts",
            """
        {"type":"estate","companyName":"Estate of Byron"}""");
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"Ada","lastName":"King","email":"ada@example.com","version":0}""",
            ada)
        .andExpect(status().isOk());
    var edge =
        api.create(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"executor"}"""
                .formatted(estate),
            ada);
    api.delete("/api/contacts/{id}/relationships/{rel}", ada, edge);
    var campaign =
        api.create(
            "/api/campaigns",
            """
        {"name":"Spring review","channel":"email"}""");
    api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s"]}"""
                .formatted(ada),
            campaign)
        .andExpect(status().isOk());
    api.put(
            "/api/campaigns/{id}/contacts/{contactId}",
            """
        {"status":"responded","recordedVia":"outlook"}""",
            campaign,
            ada)
        .andExpect(status().isOk());
    api.delete("/api/campaigns/{id}/contacts/{contactId}", campaign, ada);
    api.delete("/api/campaigns/{id}", campaign);
    api.delete("/api/contacts/{id}", estate);
    api.post("/api/contacts/{id}/restore", "", estate);

    assertThat(actions())
        .contains(
            "contact.created",
            "contact.updated",
            "relationship.created",
            "relationship.deleted",
            "campaign.created",
            "campaign.members_added",
            "campaign.response_recorded",
            "campaign.member_removed",
            "campaign.deleted",
            "contact.deleted",
            "contact.restored");

    var update =
        api.get("/api/audit?action=contact.updated&entityId={id}", ada)
            .andExpect(jsonPath("$.items[0].changes.lastName.before").value("Lovelace"))
            .andExpect(jsonPath("$.items[0].changes.lastName.after").value("King"))
            .andExpect(jsonPath("$.items[0].entityType").value("contact"))
            .andExpect(jsonPath("$.items[0].entityLabel").value("Ada King"))
            .andExpect(jsonPath("$.items[0].actorName").isNotEmpty())
            .andExpect(jsonPath("$.items[0].actorLabel", containsString("admin-")))
            .andExpect(jsonPath("$.items[0].clientIp").value("127.0.0.1"));
    Map<String, Object> changes = Api.read(update, "$.items[0].changes");
    assertThat(changes).containsOnlyKeys("lastName");
    api.get("/api/audit?action=campaign.response_recorded")
        .andExpect(jsonPath("$.items[0].changes.status.before").value("pending"))
        .andExpect(jsonPath("$.items[0].changes.status.after").value("responded"));
  }

  @Test
  void recordsOnlyTheCustomFieldsThatChangedAndNothingForASaveThatChangesNothing()
      throws Exception {
    api.post(
            "/api/custom-fields",
            """
        {"key":"portfolio_value","label":"Portfolio value","type":"number"}""")
        .andExpect(status().isCreated());
    api.post(
            "/api/custom-fields",
            """
        {"key":"annual_fee","label":"Annual fee","type":"number"}""")
        .andExpect(status().isCreated());
    api.post(
            "/api/custom-fields",
            """
        {"key":"review_date","label":"Review date","type":"date"}""")
        .andExpect(status().isCreated());
    api.post(
            "/api/custom-fields",
            """
        {"key":"risk_profile","label":"Risk profile","type":"text"}""")
        .andExpect(status().isCreated());
    api.post(
            "/api/custom-fields",
            """
        {"key":"trustee","label":"Trustee","type":"boolean"}""")
        .andExpect(status().isCreated());
    // What the web app sends back on every save: the values as it read them (numbers as typed,
    // "1250.50" as text).
    String custom =
        """
        {"portfolio_value":1875000,"annual_fee":"1250.50","review_date":"2025-12-18","risk_profile":"Balanced","trustee":true}""";
    var cordell =
        api.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Cordell","lastName":"Greenholt","city":"Denver","customFields":%s}"""
                .formatted(custom));
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"Cordell","lastName":"Greenholt","city":"Boulder","customFields":%s,"version":%d}"""
                .formatted(custom, version(cordell)),
            cordell)
        .andExpect(status().isOk());
    var moved = api.get("/api/audit?action=contact.updated&entityId={id}", cordell);
    Map<String, Object> changes = Api.read(moved, "$.items[0].changes");
    assertThat(changes).containsOnlyKeys("city");

    // The same values again, with the numbers written another way: no change, so nothing is
    // recorded.
    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"Cordell","lastName":"Greenholt","city":"Boulder","version":%d,
         "customFields":{"portfolio_value":"1875000.00","annual_fee":1250.5,"review_date":"2025-12-18",
         "risk_profile":"Balanced","trustee":true}}"""
                .formatted(version(cordell)),
            cordell)
        .andExpect(status().isOk());
    List<Object> updates =
        Api.read(api.get("/api/audit?action=contact.updated&entityId={id}", cordell), "$.items");
    assertThat(updates).hasSize(1);

    api.put(
            "/api/contacts/{id}",
            """
        {"type":"individual","firstName":"Cordell","lastName":"Greenholt","city":"Boulder","version":%d,
         "customFields":{"portfolio_value":2000000,"annual_fee":"1250.50","review_date":"2025-12-18","risk_profile":"Balanced","trustee":true}}"""
                .formatted(version(cordell)),
            cordell)
        .andExpect(status().isOk());
    var revalued = api.get("/api/audit?action=contact.updated&entityId={id}", cordell);
    Map<String, Object> valueChange = Api.read(revalued, "$.items[0].changes");
    assertThat(valueChange).containsOnlyKeys("customFields.portfolio_value");
    assertThat(
            Api.<Object>read(revalued, "$.items[0].changes['customFields.portfolio_value'].after")
                .toString())
        .isEqualTo("2000000");
  }

  @Test
  void recordsSignInsUsersAndRoleChanges() throws Exception {
    var viewer = signIn(firm, Role.VIEWER);
    var user = api.get("/api/users/{id}", viewer.userId()).andReturn().getResponse();
    api.perform(
            MockMvcRequestBuilders.put("/api/users/{id}", viewer.userId())
                .header("If-Match", user.getHeader("ETag"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"user\"}"))
        .andExpect(status().isOk());
    viewer.post("/api/auth/logout", "").andExpect(status().isNoContent());

    assertThat(actions())
        .contains("user.registered", "auth.sign_in", "user.role_changed", "auth.sign_out");
    api.get("/api/audit?action=user.role_changed")
        .andExpect(jsonPath("$.items[0].changes.role.before").value("viewer"))
        .andExpect(jsonPath("$.items[0].changes.role.after").value("user"));
  }

  @Test
  void filtersByUserEntityAndTimeAndExportsCsvWithoutFormulas() throws Exception {
    var other = signIn(firm, Role.USER);
    other.create(
        "/api/contacts",
        """
        {"type":"business","companyName":"=HYPERLINK(\\"http://evil\\")"}""");
    api.create(
        "/api/contacts",
        """
        {"type":"business","companyName":"Admin's own"}""");

    List<String> byOther =
        Api.read(
            api.get("/api/audit?userId={id}&entityType=contact", other.userId()),
            "$.items[*].action");
    assertThat(byOther).containsExactly("contact.created");
    api.get("/api/audit?from=2999-01-01").andExpect(jsonPath("$.totalElements").value(0));
    api.get("/api/audit?from=yesterday").andExpect(status().isUnprocessableContent());

    String csv =
        api.get("/api/audit/export?entityType=contact")
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/csv")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFoccurred_at,actor,");
    assertThat(csv.lines().count()).isEqualTo(3);
    assertThat(csv).doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
  }

  @Test
  void exportsUserTextThatStartsLikeAFormulaAsTextInTheCsv() throws Exception {
    // A header with a tab or a carriage return is refused by the firewall before it could reach the
    // log.
    List<String> agents = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "-2+3", "+1");
    for (String agent : agents) {
      api.perform(
              MockMvcRequestBuilders.post("/api/contacts")
                  .header("User-Agent", agent)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(
                      """
                  {"type":"business","companyName":"Agent Ltd %s"}"""
                          .formatted(UUID.randomUUID())))
          .andExpect(status().isCreated());
    }

    var export =
        dev.steward.platform.export.Downloads.get(
            mvc, api, "/api/audit/export?action=contact.created");
    var records = export.csv();
    int userAgent = records.get(0).indexOf("user_agent");
    assertThat(records.stream().skip(1).map(record -> record.get(userAgent)).toList())
        .containsExactlyInAnyOrderElementsOf(agents.stream().map(agent -> "'" + agent).toList());
  }

  @Test
  void theLogIsAppendOnly() {
    CurrentTenant.runAs(
        firm,
        () -> {
          var transaction = new TransactionTemplate(transactionManager);
          assertThatThrownBy(
                  () ->
                      transaction.executeWithoutResult(
                          status -> jdbc.sql("update audit_log set action = 'forged'").update()))
              .rootCause()
              .hasMessageContaining("permission denied");
          assertThatThrownBy(
                  () ->
                      transaction.executeWithoutResult(
                          status -> jdbc.sql("delete from audit_log").update()))
              .rootCause()
              .hasMessageContaining("permission denied");
        });
  }

  @Test
  void onlyAdminsReadIt() throws Exception {
    signIn(firm, Role.USER).get("/api/audit").andExpect(status().isForbidden());
    api.get("/api/audit")
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/json"));
  }
}
