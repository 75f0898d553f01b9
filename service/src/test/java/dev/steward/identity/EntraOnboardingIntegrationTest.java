package dev.steward.identity;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.steward.identity.entra.FakeEntraAuthority.CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.RSAKey;
import dev.steward.Api;
import dev.steward.IntegrationTest;
import dev.steward.identity.entra.FakeEntraAuthority;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;

/**
 * With {@code steward.auth.entra-onboard-tenants=true} and any work or school tenant allowed, the
 * first sign-in from a tenant that Steward does not know creates its firm, and that first person
 * administers it.
 */
class EntraOnboardingIntegrationTest extends IntegrationTest {

  /** The tenant id of personal Microsoft accounts, which "organizations" never admits. */
  static final String CONSUMER_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

  static final WireMockServer SERVER = new WireMockServer(wireMockConfig().dynamicPort());
  static final FakeEntraAuthority AUTHORITY;
  static final RSAKey KEY = FakeEntraAuthority.newKey("onboarding-key");

  static {
    SERVER.start();
    AUTHORITY = new FakeEntraAuthority(SERVER);
  }

  @DynamicPropertySource
  static void entra(DynamicPropertyRegistry registry) {
    registry.add("steward.entra.client-id", () -> CLIENT_ID);
    registry.add("steward.entra.allowed-tenants", () -> "organizations");
    registry.add("steward.entra.authority-host", SERVER::baseUrl);
    registry.add("steward.auth.entra-onboard-tenants", () -> "true");
  }

  @AfterAll
  static void stopTheAuthority() {
    SERVER.stop();
  }

  @Test
  void theFirstSignInFromAnUnknownTenantCreatesItsFirmWithThatPersonAsAdmin() throws Exception {
    String tenant = UUID.randomUUID().toString();
    AUTHORITY.publishKeys(tenant, KEY);
    int firmsBefore = tenants.all().size();

    var first =
        signIn(tenant, "founder@northwind.example", "Nora Founder")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.signInMethod").value("MICROSOFT"))
            .andExpect(jsonPath("$.user.role").value("admin"))
            .andExpect(jsonPath("$.user.email").value("founder@northwind.example"));
    UUID newFirm = UUID.fromString(Api.read(first, "$.firm.id"));

    assertThat(newFirm).isNotEqualTo(firm);
    assertThat(tenants.all()).hasSize(firmsBefore + 1);
    var created = tenants.findByAzureTenantId(UUID.fromString(tenant)).orElseThrow();
    assertThat(created.id()).isEqualTo(newFirm);
    assertThat(created.name()).isEqualTo("northwind.example");
    assertThat(created.active()).isTrue();

    signIn(tenant, "colleague@northwind.example", "Colin Colleague")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.firm.id").value(newFirm.toString()))
        .andExpect(jsonPath("$.user.role").value("user"));
    assertThat(tenants.all()).hasSize(firmsBefore + 1);
  }

  @Test
  void personalMicrosoftAccountsAreNeverOnboarded() throws Exception {
    int firmsBefore = tenants.all().size();

    signIn(CONSUMER_TENANT, "someone@outlook.example", "Someone")
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("invalid_token"))
        .andExpect(jsonPath("$.detail").value(SignInEntryPoint.REFUSED));

    assertThat(tenants.findByAzureTenantId(UUID.fromString(CONSUMER_TENANT))).isEmpty();
    assertThat(tenants.all()).hasSize(firmsBefore);
    assertThat(AUTHORITY.requestsAbout(CONSUMER_TENANT)).isZero();
  }

  private ResultActions signIn(String tenant, String email, String name) throws Exception {
    var claims =
        AUTHORITY
            .validClaims(tenant)
            .claim("oid", UUID.randomUUID().toString())
            .claim("preferred_username", email)
            .claim("name", name)
            .claim("roles", null);
    return mvc.perform(
        get("/api/auth/me")
            .header(
                HttpHeaders.AUTHORIZATION,
                "Bearer " + FakeEntraAuthority.sign(claims.build(), KEY)));
  }
}
