package dev.steward.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One firm can neither see nor change another's data through the API, whichever ids it sends, and
 * PostgreSQL shows no firm's rows to a transaction that names no firm.
 */
class TenantIsolationIntegrationTest extends IntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  /** What one firm holds, all created through its admin's API. */
  record FirmData(
      String marker,
      String email,
      String tag,
      String fieldKey,
      UUID person,
      UUID business,
      UUID estate,
      UUID trashedContact,
      UUID relationship,
      UUID campaign,
      UUID trashedCampaign,
      UUID secondUser) {

    List<UUID> ids() {
      return List.of(
          person,
          business,
          estate,
          trashedContact,
          relationship,
          campaign,
          trashedCampaign,
          secondUser);
    }
  }

  private static FirmData seed(Api admin) throws Exception {
    String marker = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String email = marker.toLowerCase() + "@example.com";
    String tag = "tag-" + marker.toLowerCase();
    String fieldKey = "f_" + marker.toLowerCase();
    admin
        .post(
            "/api/custom-fields",
            """
        {"key":"%s","label":"Probate number","type":"text"}"""
                .formatted(fieldKey))
        .andExpect(status().isCreated());
    UUID person =
        admin.create(
            "/api/contacts",
            """
        {"type":"individual","firstName":"Ada","lastName":"%s","email":"%s","phone":"+44 20 7946 0001",
         "tags":["%s"],"customFields":{"%s":"P-1"}}"""
                .formatted(marker, email, tag, fieldKey));
    UUID business =
        admin.create(
            "/api/contacts",
            """
        {"type":"business","companyName":"%s Mills Ltd","city":"Leeds"}"""
                .formatted(marker));
    UUID estate =
        admin.create(
            "/api/contacts",
            """
        {"type":"estate","companyName":"Estate of %s"}"""
                .formatted(marker));
    UUID trashedContact =
        admin.create(
            "/api/contacts",
            """
        {"type":"business","companyName":"%s Trashed Ltd"}"""
                .formatted(marker));
    admin.delete("/api/contacts/{id}", trashedContact).andExpect(status().isNoContent());
    UUID relationship =
        admin.create(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"executor","notes":"Named in the will"}"""
                .formatted(estate),
            person);
    UUID campaign =
        admin.create(
            "/api/campaigns",
            """
        {"name":"%s appeal","channel":"mail","sendDate":"2026-03-01"}"""
                .formatted(marker));
    admin
        .post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s","%s","%s"]}"""
                .formatted(person, business, estate),
            campaign)
        .andExpect(status().isOk());
    admin
        .put(
            "/api/campaigns/{id}/contacts/{contactId}",
            """
        {"status":"converted","notes":"Gave by cheque"}""",
            campaign,
            person)
        .andExpect(status().isOk());
    UUID trashedCampaign =
        admin.create(
            "/api/campaigns",
            """
        {"name":"%s old appeal","channel":"email"}"""
                .formatted(marker));
    admin.delete("/api/campaigns/{id}", trashedCampaign).andExpect(status().isNoContent());
    var registered =
        admin
            .post(
                "/api/auth/register",
                """
        {"email":"clerk-%s","fullName":"Clerk %s","role":"user","password":"%s"}"""
                    .formatted(email, marker, PASSWORD))
            .andExpect(status().isCreated());
    UUID secondUser = UUID.fromString(Api.read(registered, "$.user.id"));
    return new FirmData(
        marker,
        email,
        tag,
        fieldKey,
        person,
        business,
        estate,
        trashedContact,
        relationship,
        campaign,
        trashedCampaign,
        secondUser);
  }

  /**
   * Everything B can read about its own data, as parsed JSON, keyed by the path it was read from.
   */
  private static Map<String, Object> everythingAbout(Api admin, FirmData data) throws Exception {
    var paths =
        List.of(
            "/api/contacts/" + data.person(),
            "/api/contacts/" + data.business(),
            "/api/contacts/" + data.estate(),
            "/api/contacts/" + data.person() + "/relationships",
            "/api/contacts/" + data.estate() + "/relationships",
            "/api/contacts?size=200",
            "/api/contacts/trash",
            "/api/contacts/tags",
            "/api/custom-fields",
            "/api/campaigns/" + data.campaign(),
            "/api/campaigns/" + data.campaign() + "/contacts",
            "/api/campaigns?size=200",
            "/api/campaigns/trash",
            "/api/campaigns/memberships?contactId=" + data.person(),
            "/api/analytics/campaigns/" + data.campaign(),
            "/api/analytics/dashboard",
            "/api/users",
            "/api/users/" + data.secondUser(),
            "/api/tenant");
    Map<String, Object> state = new LinkedHashMap<>();
    for (String path : paths) {
      var response = admin.get(path).andReturn().getResponse();
      assertThat(response.getStatus()).as("B reads " + path).isEqualTo(200);
      state.put(path, JsonPath.read(response.getContentAsString(), "$"));
    }
    return state;
  }

  @Test
  void aFirmUsingAnotherFirmsIdsReadsNothingAndChangesNothing() throws Exception {
    var a = seed(api);
    UUID firmB = newFirm();
    var adminB = signIn(firmB, Role.ADMIN);
    var b = seed(adminB);
    var before = everythingAbout(adminB, b);
    String contactBody =
        """
        {"type":"individual","firstName":"Hijacked","lastName":"Name","version":0}""";
    String campaignBody =
        """
        {"name":"Hijacked appeal","channel":"phone","version":0}""";

    var softly = new SoftAssertions();
    // Reads
    expect(softly, api.get("/api/contacts/{id}", b.person()), 404);
    expect(softly, api.get("/api/contacts/{id}", b.trashedContact()), 404);
    expectNotFoundOrEmpty(softly, api.get("/api/contacts/{id}/relationships", b.person()));
    expect(softly, api.get("/api/campaigns/{id}", b.campaign()), 404);
    expect(softly, api.get("/api/campaigns/{id}/contacts", b.campaign()), 404);
    expect(softly, api.get("/api/analytics/campaigns/{id}", b.campaign()), 404);
    expectNotFoundOrEmpty(softly, api.get("/api/campaigns/memberships?contactId={id}", b.person()));
    expect(softly, api.get("/api/users/{id}", b.secondUser()), 404);
    // Writes and deletes on B's ids
    expect(softly, api.put("/api/contacts/{id}", contactBody, b.person()), 404);
    expect(softly, api.delete("/api/contacts/{id}", b.business()), 404);
    expect(softly, api.post("/api/contacts/{id}/restore", "", b.trashedContact()), 404);
    expect(softly, api.post("/api/contacts/{id}/restore", "", b.estate()), 404);
    expect(
        softly,
        api.post(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"spouse"}"""
                .formatted(b.business()),
            b.person()),
        404,
        422);
    expect(
        softly,
        api.post(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"spouse"}"""
                .formatted(b.person()),
            a.person()),
        404,
        422);
    expect(
        softly,
        api.post(
            "/api/contacts/{id}/relationships",
            """
        {"toContactId":"%s","type":"executor"}"""
                .formatted(a.estate()),
            b.person()),
        404,
        422);
    expect(
        softly,
        api.delete("/api/contacts/{id}/relationships/{r}", b.person(), b.relationship()),
        404);
    expect(
        softly,
        api.delete("/api/contacts/{id}/relationships/{r}", a.person(), b.relationship()),
        404);
    expect(softly, api.put("/api/campaigns/{id}", campaignBody, b.campaign()), 404);
    expect(softly, api.delete("/api/campaigns/{id}", b.campaign()), 404);
    expect(softly, api.post("/api/campaigns/{id}/restore", "", b.trashedCampaign()), 404);
    expect(
        softly,
        api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s"]}"""
                .formatted(a.business()),
            b.campaign()),
        404,
        422);
    expect(
        softly,
        api.post(
            "/api/campaigns/{id}/contacts",
            """
        {"contactIds":["%s"]}"""
                .formatted(b.business()),
            a.campaign()),
        404,
        422);
    expect(
        softly,
        api.put(
            "/api/campaigns/{id}/contacts/{c}",
            """
        {"status":"not_interested"}""",
            b.campaign(),
            b.person()),
        404);
    expect(
        softly,
        api.put(
            "/api/campaigns/{id}/contacts/{c}",
            """
        {"status":"not_interested"}""",
            a.campaign(),
            b.person()),
        404);
    expect(softly, api.delete("/api/campaigns/{id}/contacts/{c}", b.campaign(), b.estate()), 404);
    expect(
        softly,
        api.put(
            "/api/users/{id}",
            """
        {"role":"viewer","active":false,"fullName":"Hijacked","version":0}""",
            b.secondUser()),
        404);
    expect(softly, api.post("/api/users/{id}/reset-password", "", b.secondUser()), 404);
    expect(softly, api.post("/api/users/{id}/unlock", "", b.secondUser()), 404);
    expect(softly, api.delete("/api/custom-fields/{key}", b.fieldKey()), 404);
    expect(
        softly,
        api.put(
            "/api/tenants/{id}",
            """
        {"name":"Hijacked firm","mfaRequired":false,"active":false}""",
            firmB),
        403);
    softly.assertAll();

    var after = everythingAbout(adminB, b);
    var unchanged = new SoftAssertions();
    before.forEach(
        (path, state) -> unchanged.assertThat(after.get(path)).as("B's " + path).isEqualTo(state));
    unchanged.assertAll();
  }

  @Test
  void aFirmsListsSearchesDashboardAndAuditLogHoldNoneOfAnotherFirmsRows() throws Exception {
    var a = seed(api);
    var adminB = signIn(newFirm(), Role.ADMIN);
    var b = seed(adminB);

    var softly = new SoftAssertions();
    softly
        .assertThat(body(api.get("/api/contacts?q={q}", b.marker())))
        .as("search for B's name")
        .contains("\"totalElements\":0");
    softly
        .assertThat(body(api.get("/api/contacts?q={q}", b.email())))
        .as("search for B's email")
        .contains("\"totalElements\":0");
    softly
        .assertThat(body(api.get("/api/contacts?q={q}", a.marker())))
        .as("search for A's own name")
        .contains("\"totalElements\":3");
    softly
        .assertThat(body(api.get("/api/contacts/lookup?email={e}&email={f}", b.email(), a.email())))
        .as("lookup of B's and A's emails")
        .doesNotContain(b.email())
        .contains(a.email());
    softly
        .assertThat(body(api.get("/api/contacts?tag={t}", b.tag())))
        .contains("\"totalElements\":0");
    for (String path :
        List.of(
            "/api/contacts?size=200",
            "/api/contacts/trash",
            "/api/contacts/tags",
            "/api/custom-fields",
            "/api/campaigns?size=200",
            "/api/campaigns/trash",
            "/api/users",
            "/api/analytics/dashboard",
            "/api/audit?size=200")) {
      String listed = body(api.get(path));
      softly
          .assertThat(listed)
          .as("A's " + path)
          .doesNotContain(b.marker())
          .doesNotContain(b.marker().toLowerCase());
      b.ids()
          .forEach(
              id ->
                  softly
                      .assertThat(listed)
                      .as("A's " + path + " and B's " + id)
                      .doesNotContain(id.toString()));
    }
    softly
        .assertThat(body(api.get("/api/campaigns?q={q}", b.marker())))
        .contains("\"totalElements\":0");
    softly
        .assertThat(body(api.get("/api/campaigns?q={q}", a.marker())))
        .contains("\"totalElements\":1");
    softly.assertThat(body(api.get("/api/contacts/tags"))).doesNotContain(b.tag());
    softly
        .assertThat(body(api.get("/api/custom-fields")))
        .contains(a.fieldKey())
        .doesNotContain(b.fieldKey());

    var dashboard = api.get("/api/analytics/dashboard");
    softly
        .assertThat(Api.<Integer>read(dashboard, "$.contactsByType.individual"))
        .as("A's individuals")
        .isEqualTo(1);
    softly
        .assertThat(Api.<Integer>read(dashboard, "$.contactsByType.business"))
        .as("A's businesses")
        .isEqualTo(1);
    softly
        .assertThat(Api.<Integer>read(dashboard, "$.contactsByType.estate"))
        .as("A's estates")
        .isEqualTo(1);
    // A's campaign is a draft, so its members are counted apart from the sent campaigns' totals.
    softly
        .assertThat(Api.<Integer>read(dashboard, "$.drafts.members"))
        .as("A's members")
        .isEqualTo(3);
    softly
        .assertThat(Api.<Integer>read(dashboard, "$.drafts.converted"))
        .as("A's conversions")
        .isEqualTo(1);

    softly
        .assertThat(body(api.get("/api/audit?entityId={id}", b.person())))
        .as("A's audit for B's contact")
        .contains("\"totalElements\":0");
    softly
        .assertThat(body(api.get("/api/audit?userId={id}", adminB.userId())))
        .as("A's audit for B's admin")
        .contains("\"totalElements\":0");
    softly
        .assertThat(body(api.get("/api/audit?entityId={id}", a.person())))
        .as("A's audit for its own contact")
        .doesNotContain("\"totalElements\":0");
    String export = body(api.get("/api/audit/export"));
    softly.assertThat(export).as("A's audit export").contains(a.person().toString());
    b.ids()
        .forEach(
            id ->
                softly
                    .assertThat(export)
                    .as("A's audit export and B's " + id)
                    .doesNotContain(id.toString()));
    softly.assertThat(export).doesNotContain(adminB.userId().toString());
    softly.assertAll();
  }

  @Test
  void aRawSelectWithoutAFirmSeesNoRowOfAnyTenantTable() throws Exception {
    seed(api);
    UUID firmB = newFirm();
    seed(signIn(firmB, Role.ADMIN));
    // Firms are readable without a tenant by design: sign-in finds the firm before any tenant is
    // set
    // (V1__platform_roles_and_tenancy.sql); scheduled_tasks is db-scheduler's queue of jobs, which
    // holds no firm data
    // (V30__platform_scheduled_tasks.sql); rate_limit_buckets holds the rate limits' token counts,
    // counted per address before a sign-in finds the firm (V60). Every other table holds firm data.
    List<String> tables =
        jdbc.sql(
                """
            select table_name from information_schema.tables
            where table_schema = 'public' and table_type = 'BASE TABLE'
              and table_name not in ('flyway_schema_history', 'tenants', 'scheduled_tasks',
                                     'rate_limit_buckets')
            order by table_name""")
            .query(String.class)
            .list();
    assertThat(tables)
        .contains(
            "contacts",
            "tags",
            "contact_tags",
            "custom_field_definitions",
            "relationships",
            "campaigns",
            "campaign_contacts",
            "users",
            "audit_log");
    assertThat(CurrentTenant.id()).as("no firm on the test thread").isEmpty();

    var softly = new SoftAssertions();
    long rowsOfA = 0;
    long rowsOfB = 0;
    for (String table : tables) {
      softly.assertThat(count(table)).as("rows of " + table + " without a firm").isZero();
      long ofA = CurrentTenant.callAs(firm, () -> count(table));
      long ofB = CurrentTenant.callAs(firmB, () -> count(table));
      rowsOfA += ofA;
      rowsOfB += ofB;
      if (List.of(
              "contacts",
              "contact_tags",
              "relationships",
              "campaigns",
              "campaign_contacts",
              "users",
              "custom_field_definitions",
              "audit_log")
          .contains(table)) {
        softly.assertThat(ofA).as(table + " of A").isPositive();
        softly.assertThat(ofB).as(table + " of B").isPositive();
      }
    }
    softly.assertAll();
    assertThat(rowsOfA).isPositive();
    assertThat(rowsOfB).isPositive();
  }

  private long count(String table) {
    return new TransactionTemplate(transactionManager)
        .execute(status -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
  }

  private static void expect(SoftAssertions softly, ResultActions result, Integer... statuses)
      throws Exception {
    var response = result.andReturn().getResponse();
    var request = result.andReturn().getRequest();
    softly
        .assertThat(response.getStatus())
        .as(
            request.getMethod()
                + " "
                + request.getRequestURI()
                + ": "
                + response.getContentAsString())
        .isIn((Object[]) statuses);
  }

  private static void expectNotFoundOrEmpty(SoftAssertions softly, ResultActions result)
      throws Exception {
    var response = result.andReturn().getResponse();
    var request = result.andReturn().getRequest();
    String label =
        request.getMethod() + " " + request.getRequestURI() + ": " + response.getContentAsString();
    if (response.getStatus() == 404) {
      return;
    }
    softly.assertThat(response.getStatus()).as(label).isEqualTo(200);
    softly.assertThat(response.getContentAsString()).as(label).isEqualTo("[]");
  }

  private static String body(ResultActions result) throws Exception {
    return result.andReturn().getResponse().getContentAsString();
  }
}
