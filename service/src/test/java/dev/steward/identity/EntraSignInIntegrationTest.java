package dev.steward.identity;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.steward.identity.entra.FakeEntraAuthority.CLIENT_ID;
import static dev.steward.identity.entra.FakeEntraAuthority.TENANT_A;
import static dev.steward.identity.entra.FakeEntraAuthority.TENANT_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.entra.FakeEntraAuthority;
import dev.steward.tenancy.CurrentTenant;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Signing in with Microsoft Entra ID through the real API: WireMock plays the Microsoft authority
 * (OpenID metadata and signing keys of two allowed tenants), and the tests sign their own access
 * tokens with its keys.
 */
class EntraSignInIntegrationTest extends IntegrationTest {

  /** Allowed, and connected to the test's firm by its admin. */
  static final String CONNECTED_TENANT = TENANT_A;

  /** Allowed, but no firm is connected to it. */
  static final String UNCONNECTED_TENANT = TENANT_B;

  /** Not in steward.entra.allowed-tenants. */
  static final String FOREIGN_TENANT = "d3adbeef-0000-4000-8000-00000000f00d";

  static final WireMockServer SERVER = new WireMockServer(wireMockConfig().dynamicPort());
  static final FakeEntraAuthority AUTHORITY;
  static final RSAKey KEY = FakeEntraAuthority.newKey("integration-key");

  static {
    SERVER.start();
    AUTHORITY = new FakeEntraAuthority(SERVER);
    AUTHORITY.publishKeys(CONNECTED_TENANT, KEY);
    AUTHORITY.publishKeys(UNCONNECTED_TENANT, KEY);
    AUTHORITY.publishKeys(FOREIGN_TENANT, KEY);
  }

  @DynamicPropertySource
  static void entra(DynamicPropertyRegistry registry) {
    registry.add("steward.entra.client-id", () -> CLIENT_ID);
    registry.add(
        "steward.entra.allowed-tenants", () -> CONNECTED_TENANT + "," + UNCONNECTED_TENANT);
    registry.add("steward.entra.authority-host", SERVER::baseUrl);
  }

  @AfterAll
  static void stopTheAuthority() {
    SERVER.stop();
  }

  /**
   * Every test connects its own firm; the connection is released so that the next test's firm can
   * take it.
   */
  @AfterEach
  void disconnectTheFirm() throws Exception {
    var current = api.get("/api/tenant").andReturn().getResponse();
    Map<String, Object> firmSettings = JsonPath.read(current.getContentAsString(), "$");
    if (current.getStatus() == 200 && firmSettings.get("azureTenantId") != null) {
      connectFirm(null);
    }
  }

  @Test
  void aMicrosoftUserOfAConnectedTenantIsProvisionedOnceWithTheDefaultRole() throws Exception {
    connectFirm(CONNECTED_TENANT);
    UUID oid = UUID.randomUUID();
    String token =
        token(claims(CONNECTED_TENANT, oid, "Ada.Lovelace@Contoso.example", "Ada Lovelace"));

    var me =
        entra(get("/api/auth/me"), token)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.signInMethod").value("MICROSOFT"))
            .andExpect(jsonPath("$.user.email").value("ada.lovelace@contoso.example"))
            .andExpect(jsonPath("$.user.fullName").value("Ada Lovelace"))
            .andExpect(jsonPath("$.user.role").value("user"))
            .andExpect(jsonPath("$.user.microsoftAccount").value(true))
            .andExpect(jsonPath("$.user.localPassword").value(false))
            .andExpect(jsonPath("$.firm.id").value(firm.toString()));
    String userId = Api.read(me, "$.user.id");

    entra(get("/api/auth/me"), token)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.user.id").value(userId));

    List<Map<String, Object>> all = Api.read(api.get("/api/users").andExpect(status().isOk()), "$");
    var microsoftUsers =
        all.stream().filter(user -> Boolean.TRUE.equals(user.get("microsoftAccount"))).toList();
    assertThat(microsoftUsers)
        .singleElement()
        .satisfies(
            user -> {
              assertThat(user.get("id")).isEqualTo(userId);
              assertThat(user.get("role")).isEqualTo("user");
              assertThat(user.get("active")).isEqualTo(true);
            });
    assertThat(all).hasSize(2);
  }

  @Test
  void theRolesClaimSetsTheRoleAtEachSignIn() throws Exception {
    connectFirm(CONNECTED_TENANT);
    UUID oid = UUID.randomUUID();
    String asAdmin =
        token(
            claims(CONNECTED_TENANT, oid, "grace@contoso.example", "Grace Hopper")
                .claim("roles", List.of("Steward.Admin")));

    entra(get("/api/auth/me"), asAdmin)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.user.role").value("admin"));
    entra(get("/api/users"), asAdmin)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].email", hasItem("grace@contoso.example")));
    entra(
            post("/api/contacts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
        {"type":"individual","firstName":"Charles","lastName":"Babbage"}"""),
            asAdmin)
        .andExpect(status().isCreated());

    String asViewer =
        token(
            claims(CONNECTED_TENANT, oid, "grace@contoso.example", "Grace Hopper")
                .claim("roles", List.of("viewer")));

    entra(
            post("/api/contacts")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
        {"type":"individual","firstName":"Ada","lastName":"Byron"}"""),
            asViewer)
        .andExpect(status().isForbidden());
    entra(get("/api/users"), asViewer).andExpect(status().isForbidden());
    entra(get("/api/contacts"), asViewer).andExpect(status().isOk());
    entra(get("/api/auth/me"), asViewer).andExpect(jsonPath("$.user.role").value("viewer"));
    // The demotion is stored, not only applied to the request: the firm's admin sees it.
    String userId = Api.read(entra(get("/api/auth/me"), asViewer), "$.user.id");
    api.get("/api/users")
        .andExpect(jsonPath("$[?(@.email == 'grace@contoso.example')].role", hasItem("viewer")));

    // A role that Entra changes is a role change like an admin's, and is audited as one.
    List<Map<String, Object>> roleChanges =
        Api.read(
            api.get("/api/audit?action=user.role_changed"),
            "$.items[?(@.entityId == '" + userId + "')]");
    assertThat(roleChanges)
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.get("changes"))
                    .isEqualTo(Map.of("role", Map.of("before", "admin", "after", "viewer"))));
  }

  @Test
  void anAdminRemovedFromTheAppRoleInEntraIsAnAdminNoLonger() throws Exception {
    connectFirm(CONNECTED_TENANT);
    api.get("/api/tenant").andExpect(jsonPath("$.entraRoles").value("auto"));
    UUID oid = UUID.randomUUID();
    String asAdmin =
        token(
            claims(CONNECTED_TENANT, oid, "hedy@contoso.example", "Hedy Lamarr")
                .claim("roles", List.of("Steward.Admin")));
    entra(get("/api/users"), asAdmin).andExpect(status().isOk());
    // A token carrying a Steward app role tells Steward the firm manages roles in Entra; that is
    // audited.
    api.get("/api/tenant").andExpect(jsonPath("$.entraRoles").value("entra"));
    assertThat(
            Api.<List<Object>>read(
                api.get("/api/audit?action=tenant.updated"),
                "$.items[?(@.changes.entraRoles.after == 'entra')]"))
        .hasSize(1);

    String withoutRole =
        token(claims(CONNECTED_TENANT, oid, "hedy@contoso.example", "Hedy Lamarr"));
    entra(get("/api/auth/me"), withoutRole)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.user.role").value("user"));
    entra(get("/api/users"), withoutRole).andExpect(status().isForbidden());
    String userId = Api.read(entra(get("/api/auth/me"), withoutRole), "$.user.id");
    List<Map<String, Object>> roleChanges =
        Api.read(
            api.get("/api/audit?action=user.role_changed"),
            "$.items[?(@.entityId == '" + userId + "')].changes");
    assertThat(roleChanges).contains(Map.of("role", Map.of("before", "admin", "after", "user")));
  }

  @Test
  void theFirmsLastAdminIsNotDemotedByASignInAndTheRefusalIsAudited() throws Exception {
    connectFirm(CONNECTED_TENANT);
    UUID oid = UUID.randomUUID();
    String asAdmin =
        token(
            claims(CONNECTED_TENANT, oid, "radia@contoso.example", "Radia Perlman")
                .claim("roles", List.of("Steward.Admin")));
    String userId = Api.read(entra(get("/api/auth/me"), asAdmin), "$.user.id");
    // The Microsoft admin switches the firm's local admin off, and is then its only admin.
    var local = api.get("/api/users/{id}", api.userId()).andReturn().getResponse();
    entra(
            MockMvcRequestBuilders.put("/api/users/{id}", api.userId())
                .header(HttpHeaders.IF_MATCH, local.getHeader(HttpHeaders.ETAG))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"active\":false}"),
            asAdmin)
        .andExpect(status().isOk());

    String asViewer =
        token(
            claims(CONNECTED_TENANT, oid, "radia@contoso.example", "Radia Perlman")
                .claim("roles", List.of("Steward.Viewer")));
    entra(get("/api/auth/me"), asViewer).andExpect(jsonPath("$.user.role").value("admin"));
    entra(get("/api/users"), asViewer).andExpect(status().isOk());

    List<Map<String, Object>> refusals =
        Api.read(
            entra(get("/api/audit?action=user.role_change_refused"), asViewer),
            "$.items[?(@.entityId == '" + userId + "')].changes");
    assertThat(refusals)
        .as("audited once, not on every request")
        .singleElement()
        .satisfies(
            changes ->
                assertThat(changes.get("role"))
                    .isEqualTo(Map.of("before", "admin", "after", "viewer")));

    // The local admin's sign-in ended with their deactivation, so the Microsoft admin releases the
    // connection.
    var settings = entra(get("/api/tenant"), asViewer).andReturn().getResponse();
    entra(
            MockMvcRequestBuilders.put("/api/tenant")
                .header(HttpHeaders.IF_MATCH, settings.getHeader(HttpHeaders.ETAG))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
            {"name":"%s","subdomain":"%s","azureTenantId":null,"mfaRequired":false}"""
                        .formatted(
                            JsonPath.read(settings.getContentAsString(), "$.name"),
                            JsonPath.read(settings.getContentAsString(), "$.subdomain"))),
            asViewer)
        .andExpect(status().isOk());
  }

  @Test
  void aFirmThatSetsRolesInStewardIgnoresAppRolesAndAFirmThatFollowsEntraRefusesRoleEditsInSteward()
      throws Exception {
    connectFirm(CONNECTED_TENANT);
    setEntraRoles("steward");
    UUID oid = UUID.randomUUID();
    String asAdmin =
        token(
            claims(CONNECTED_TENANT, oid, "katherine@contoso.example", "Katherine Johnson")
                .claim("roles", List.of("Steward.Admin")));
    entra(get("/api/auth/me"), asAdmin).andExpect(jsonPath("$.user.role").value("user"));
    api.get("/api/tenant").andExpect(jsonPath("$.entraRoles").value("steward"));

    setEntraRoles("entra");
    String userId =
        Api.read(
            entra(get("/api/auth/me"), asAdmin).andExpect(jsonPath("$.user.role").value("admin")),
            "$.user.id");
    var user = api.get("/api/users/{id}", userId).andReturn().getResponse();
    api.perform(
            MockMvcRequestBuilders.put("/api/users/{id}", userId)
                .header(HttpHeaders.IF_MATCH, user.getHeader(HttpHeaders.ETAG))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"viewer\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail", containsString("Change it in Entra")));
  }

  @Test
  void anAllowedTenantThatNoFirmIsConnectedToIsForbiddenAndCreatesNothing() throws Exception {
    int firmsBefore = tenants.all().size();
    UUID oid = UUID.randomUUID();
    String token = token(claims(UNCONNECTED_TENANT, oid, "lin@fabrikam.example", "Lin Fabrikam"));

    entra(get("/api/auth/me"), token)
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Firm not connected"))
        .andExpect(jsonPath("$.detail", containsString(UNCONNECTED_TENANT)))
        .andExpect(jsonPath("$.detail", containsString("administrator can connect it")));

    assertThat(tenants.findByAzureTenantId(UUID.fromString(UNCONNECTED_TENANT))).isEmpty();
    assertThat(tenants.all()).hasSize(firmsBefore);
    api.get("/api/users")
        .andExpect(
            jsonPath("$[*].email", org.hamcrest.Matchers.not(hasItem("lin@fabrikam.example"))));
  }

  @Test
  void aTenantThatIsNotAllowedIsRefusedWithoutAskingTheAuthority() throws Exception {
    String token = token(claims(FOREIGN_TENANT, UUID.randomUUID(), "eve@elsewhere.example", "Eve"));

    entra(get("/api/auth/me"), token)
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
        .andExpect(jsonPath("$.code").value("invalid_token"))
        .andExpect(jsonPath("$.detail").value(SignInEntryPoint.REFUSED));

    assertThat(AUTHORITY.requestsAbout(FOREIGN_TENANT)).isZero();
  }

  @Test
  void anExpiredTokenOrOneForAnotherAudienceIsUnauthorized() throws Exception {
    connectFirm(CONNECTED_TENANT);
    UUID oid = UUID.randomUUID();
    Instant past = Instant.now().minus(Duration.ofHours(2));
    String expired =
        token(
            claims(CONNECTED_TENANT, oid, "old@contoso.example", "Old Token")
                .issueTime(Date.from(past))
                .notBeforeTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofHours(1)))));
    String otherAudience =
        token(
            claims(CONNECTED_TENANT, oid, "old@contoso.example", "Old Token")
                .audience("00000003-0000-0000-c000-000000000000"));

    entra(get("/api/auth/me"), expired)
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
        .andExpect(jsonPath("$.code").value("invalid_token"))
        .andExpect(jsonPath("$.detail").value(SignInEntryPoint.REFUSED));
    entra(get("/api/auth/me"), otherAudience)
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
        .andExpect(jsonPath("$.code").value("invalid_token"))
        .andExpect(jsonPath("$.detail").value(SignInEntryPoint.REFUSED));

    api.get("/api/users")
        .andExpect(
            jsonPath("$[*].email", org.hamcrest.Matchers.not(hasItem("old@contoso.example"))));
  }

  @Test
  void aLocalUserWithTheSameEmailIsLinkedNotDuplicated() throws Exception {
    UUID localId =
        CurrentTenant.callAs(
            firm,
            () ->
                users.createLocal(
                    "marie.curie@contoso.example", "Marie Curie", Role.USER, PASSWORD));
    connectFirm(CONNECTED_TENANT);
    String token =
        token(
            claims(
                CONNECTED_TENANT, UUID.randomUUID(), "Marie.Curie@Contoso.example", "Marie Curie"));

    entra(get("/api/auth/me"), token)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.user.id").value(localId.toString()))
        .andExpect(jsonPath("$.signInMethod").value("MICROSOFT"))
        .andExpect(jsonPath("$.user.microsoftAccount").value(true))
        .andExpect(jsonPath("$.user.localPassword").value(true));

    List<Map<String, Object>> all = Api.read(api.get("/api/users"), "$");
    assertThat(all)
        .filteredOn(
            user -> "marie.curie@contoso.example".equalsIgnoreCase((String) user.get("email")))
        .singleElement()
        .satisfies(user -> assertThat(user.get("id")).isEqualTo(localId.toString()));
  }

  @Test
  void aDeactivatedUserIsRefusedAtOnceThoughTheirTokenIsStillValid() throws Exception {
    connectFirm(CONNECTED_TENANT);
    String token =
        token(claims(CONNECTED_TENANT, UUID.randomUUID(), "leaver@contoso.example", "Leaver"));
    String userId =
        Api.read(entra(get("/api/auth/me"), token).andExpect(status().isOk()), "$.user.id");

    String etag =
        api.get("/api/users/{id}", userId)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getHeader(HttpHeaders.ETAG);
    api.perform(
            MockMvcRequestBuilders.put("/api/users/{id}", userId)
                .header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"active\":false}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.active").value(false));

    entra(get("/api/auth/me"), token)
        .andExpect(status().isUnauthorized())
        .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\""))
        .andExpect(jsonPath("$.code").value("invalid_token"))
        .andExpect(jsonPath("$.detail").value("This account is no longer active."));
    entra(get("/api/contacts"), token).andExpect(status().isUnauthorized());
  }

  @Test
  void theMicrosoftSignInAndRegistrationAreAudited() throws Exception {
    connectFirm(CONNECTED_TENANT);
    String token =
        token(claims(CONNECTED_TENANT, UUID.randomUUID(), "audited@contoso.example", "Audited"));
    String userId =
        Api.read(entra(get("/api/auth/me"), token).andExpect(status().isOk()), "$.user.id");

    List<Map<String, Object>> signIns =
        Api.read(
            api.get("/api/audit?action=auth").andExpect(status().isOk()),
            "$.items[?(@.action == 'auth.sign_in' && @.entityId == '" + userId + "')]");
    assertThat(signIns)
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.get("actorId")).isEqualTo(userId);
              assertThat(entry.get("actorLabel")).isEqualTo("audited@contoso.example");
              assertThat(entry.get("changes")).isEqualTo(Map.of("method", "microsoft"));
            });

    List<Map<String, Object>> registrations =
        Api.read(
            api.get("/api/audit?action=user.registered"),
            "$.items[?(@.entityId == '" + userId + "')]");
    assertThat(registrations)
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.get("changes"))
                    .isEqualTo(
                        Map.of(
                            "email",
                            "audited@contoso.example",
                            "role",
                            "user",
                            "method",
                            "microsoft")));
  }

  @Test
  void publicConfigTellsTheAppsHowToSignInWithMicrosoft() throws Exception {
    mvc.perform(get("/api/config"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.localSignIn").value(true))
        .andExpect(jsonPath("$.microsoft.clientId").value(CLIENT_ID))
        .andExpect(jsonPath("$.microsoft.authority").value(SERVER.baseUrl() + "/organizations"))
        .andExpect(
            jsonPath("$.microsoft.scopes", contains("api://" + CLIENT_ID + "/access_as_user")));
  }

  // --- helpers

  /**
   * The admin connects (or, with null, disconnects) the firm's Microsoft tenant, as firm settings
   * do.
   */
  private void connectFirm(String entraTenant) throws Exception {
    var current = api.get("/api/tenant").andExpect(status().isOk()).andReturn().getResponse();
    Map<String, Object> settings = JsonPath.read(current.getContentAsString(), "$");
    String name = (String) settings.get("name");
    String subdomain = (String) settings.get("subdomain");
    api.perform(
            MockMvcRequestBuilders.put("/api/tenant")
                .header(HttpHeaders.IF_MATCH, current.getHeader(HttpHeaders.ETAG))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"name":"%s","subdomain":"%s","azureTenantId":%s,"mfaRequired":false}"""
                        .formatted(
                            name,
                            subdomain,
                            entraTenant == null ? "null" : "\"" + entraTenant + "\"")))
        .andExpect(status().isOk())
        .andExpect(
            entraTenant == null
                ? jsonPath("$.azureTenantId").doesNotExist()
                : jsonPath("$.azureTenantId").value(entraTenant));
  }

  private void setEntraRoles(String source) throws Exception {
    var current = api.get("/api/tenant").andExpect(status().isOk()).andReturn().getResponse();
    Map<String, Object> settings = JsonPath.read(current.getContentAsString(), "$");
    api.perform(
            MockMvcRequestBuilders.put("/api/tenant")
                .header(HttpHeaders.IF_MATCH, current.getHeader(HttpHeaders.ETAG))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"name":"%s","subdomain":"%s","azureTenantId":"%s","mfaRequired":false,"entraRoles":"%s"}"""
                        .formatted(
                            settings.get("name"),
                            settings.get("subdomain"),
                            settings.get("azureTenantId"),
                            source)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.entraRoles").value(source));
  }

  /** Claims of a valid access token for a user without app roles. */
  static JWTClaimsSet.Builder claims(
      String tenant, UUID oid, String preferredUsername, String name) {
    return AUTHORITY
        .validClaims(tenant)
        .claim("oid", oid.toString())
        .claim("preferred_username", preferredUsername)
        .claim("name", name)
        .claim("roles", null);
  }

  static String token(JWTClaimsSet.Builder claims) {
    return FakeEntraAuthority.sign(claims.build(), KEY);
  }

  private ResultActions entra(MockHttpServletRequestBuilder request, String token)
      throws Exception {
    return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
  }
}
