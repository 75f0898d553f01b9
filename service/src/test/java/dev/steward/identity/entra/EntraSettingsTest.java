package dev.steward.identity.entra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class EntraSettingsTest {

  private static final String CLIENT_ID = FakeEntraAuthority.CLIENT_ID;
  private static final String TENANT = FakeEntraAuthority.TENANT_A;

  @Test
  void isOffWithoutAClientId() {
    var settings = new EntraSettings(" ", null, null, null, null, null, null);

    assertThat(settings.enabled()).isFalse();
  }

  @Test
  void fillsTheDefaults() {
    var settings = new EntraSettings(CLIENT_ID, null, List.of(TENANT), null, null, null, null);

    assertThat(settings.enabled()).isTrue();
    assertThat(settings.audience()).containsExactly(CLIENT_ID, "api://" + CLIENT_ID);
    assertThat(settings.authorityHost()).isEqualTo("https://login.microsoftonline.com");
    assertThat(settings.requiredScope()).isEqualTo("access_as_user");
    assertThat(settings.clockSkew()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.jwksCacheTtl()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void bindsFromEnvironmentVariables() {
    var environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                "test",
                Map.of(
                    "STEWARD_ENTRA_CLIENT_ID", CLIENT_ID,
                    "STEWARD_ENTRA_ALLOWED_TENANTS",
                        TENANT + ",A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D",
                    "STEWARD_ENTRA_AUTHORITY_HOST", "https://login.microsoftonline.us/",
                    "STEWARD_ENTRA_CLOCK_SKEW", "30s",
                    "STEWARD_ENTRA_JWKS_CACHE_TTL", "6h")));

    var settings =
        new Binder(ConfigurationPropertySources.get(environment))
            .bind("steward.entra", EntraSettings.class)
            .get();

    assertThat(settings.clientId()).isEqualTo(CLIENT_ID);
    assertThat(settings.allowedTenants())
        .containsExactly(TENANT, "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    assertThat(settings.authorityHost()).isEqualTo("https://login.microsoftonline.us");
    assertThat(settings.clockSkew()).isEqualTo(Duration.ofSeconds(30));
    assertThat(settings.jwksCacheTtl()).isEqualTo(Duration.ofHours(6));
    assertThat(settings.audience()).containsExactly(CLIENT_ID, "api://" + CLIENT_ID);
  }

  @Test
  void refusesToStartWithoutAllowedTenants() {
    assertThatThrownBy(() -> new EntraSettings(CLIENT_ID, null, List.of(), null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("STEWARD_ENTRA_ALLOWED_TENANTS");
  }

  @Test
  void refusesATenantThatIsNotAGuid() {
    assertThatThrownBy(
            () ->
                new EntraSettings(
                    CLIENT_ID, null, List.of("contoso.onmicrosoft.com"), null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a tenant id");
  }

  @Test
  void refusesOrganizationsMixedWithTenantIds() {
    assertThatThrownBy(
            () ->
                new EntraSettings(
                    CLIENT_ID, null, List.of("organizations", TENANT), null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both");
  }

  @Test
  void refusesAPlainHttpAuthorityOtherThanThisMachine() {
    assertThatThrownBy(
            () ->
                new EntraSettings(
                    CLIENT_ID, null, List.of(TENANT), "http://login.example.com", null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("STEWARD_ENTRA_AUTHORITY_HOST");
    assertThat(
            new EntraSettings(
                    CLIENT_ID, null, List.of(TENANT), "http://localhost:8089", null, null, null)
                .authorityHost())
        .isEqualTo("http://localhost:8089");
  }

  @Test
  void organizationsAllowsEveryTenantButPersonalAccounts() {
    var settings =
        new EntraSettings(CLIENT_ID, null, List.of("Organizations"), null, null, null, null);

    assertThat(settings.allowsTenant(TENANT)).isTrue();
    assertThat(settings.allowsTenant(EntraSettings.CONSUMER_TENANT)).isFalse();
  }
}
