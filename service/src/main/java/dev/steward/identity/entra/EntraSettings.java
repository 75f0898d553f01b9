package dev.steward.identity.entra;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Steward accepts Microsoft Entra ID access tokens, bound from {@code steward.entra.*} ({@code
 * STEWARD_ENTRA_CLIENT_ID}, {@code STEWARD_ENTRA_ALLOWED_TENANTS}, {@code
 * STEWARD_ENTRA_AUTHORITY_HOST}, ...).
 *
 * @param clientId the application (client) id of Steward's API registration; blank turns Entra
 *     sign-in off
 * @param audience the accepted {@code aud} values; by default the client id and {@code
 *     api://<client id>}
 * @param allowedTenants tenant ids (GUIDs) whose users may sign in, or the single word {@code
 *     organizations} for any work or school tenant (personal Microsoft accounts are never accepted)
 * @param authorityHost the Microsoft authority, {@code https://login.microsoftonline.com} unless a
 *     sovereign cloud or a test authority is used
 * @param requiredScope the delegated scope every token must carry in {@code scp}, {@code
 *     access_as_user} by default
 * @param clockSkew how far {@code exp} and {@code nbf} may be off, 60 seconds by default
 * @param jwksCacheTtl how long a tenant's signing keys are kept before they are read again, one
 *     hour by default
 */
@ConfigurationProperties("steward.entra")
public record EntraSettings(
    String clientId,
    List<String> audience,
    List<String> allowedTenants,
    String authorityHost,
    String requiredScope,
    Duration clockSkew,
    Duration jwksCacheTtl) {

  /** The {@code allowedTenants} word that admits any work or school tenant. */
  public static final String ANY_ORGANIZATION = "organizations";

  /**
   * The tenant id that Entra gives every personal Microsoft account; Steward serves organizations
   * only.
   */
  static final String CONSUMER_TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

  public EntraSettings {
    clientId = clientId == null ? "" : clientId.strip();
    audience = cleaned(audience);
    if (audience.isEmpty() && !clientId.isEmpty()) {
      audience = List.of(clientId, "api://" + clientId);
    }
    allowedTenants =
        cleaned(allowedTenants).stream().map(tenant -> tenant.toLowerCase(Locale.ROOT)).toList();
    authorityHost =
        authorityHost == null || authorityHost.isBlank()
            ? "https://login.microsoftonline.com"
            : authorityHost.strip().replaceAll("/+$", "");
    requiredScope =
        requiredScope == null || requiredScope.isBlank() ? "access_as_user" : requiredScope.strip();
    clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
    jwksCacheTtl = jwksCacheTtl == null ? Duration.ofHours(1) : jwksCacheTtl;
    if (!clientId.isEmpty()) {
      checkTenants(allowedTenants);
      checkAuthorityHost(authorityHost);
      if (clockSkew.isNegative()) {
        throw new IllegalArgumentException("STEWARD_ENTRA_CLOCK_SKEW must not be negative");
      }
      if (jwksCacheTtl.isNegative() || jwksCacheTtl.isZero()) {
        throw new IllegalArgumentException("STEWARD_ENTRA_JWKS_CACHE_TTL must be longer than zero");
      }
    }
  }

  /** Whether Entra sign-in is on, that is whether a client id is set. */
  public boolean enabled() {
    return !clientId.isEmpty();
  }

  /** Whether users of this tenant may sign in; {@code tenantId} must already be a GUID. */
  public boolean allowsTenant(String tenantId) {
    String tenant = tenantId.toLowerCase(Locale.ROOT);
    if (allowedTenants.equals(List.of(ANY_ORGANIZATION))) {
      return !tenant.equals(CONSUMER_TENANT);
    }
    return allowedTenants.contains(tenant);
  }

  static boolean isGuid(String value) {
    return value != null && GUID.matcher(value).matches();
  }

  private static List<String> cleaned(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
  }

  private static void checkTenants(List<String> tenants) {
    if (tenants.isEmpty()) {
      throw new IllegalArgumentException(
          "STEWARD_ENTRA_ALLOWED_TENANTS must list tenant ids or say '"
              + ANY_ORGANIZATION
              + "' when STEWARD_ENTRA_CLIENT_ID is set");
    }
    if (tenants.contains(ANY_ORGANIZATION) && tenants.size() > 1) {
      throw new IllegalArgumentException(
          "STEWARD_ENTRA_ALLOWED_TENANTS is either '"
              + ANY_ORGANIZATION
              + "' alone or a list of tenant ids, not both");
    }
    for (String tenant : tenants) {
      if (!tenant.equals(ANY_ORGANIZATION) && !isGuid(tenant)) {
        throw new IllegalArgumentException(
            "STEWARD_ENTRA_ALLOWED_TENANTS entry '"
                + tenant
                + "' is not a tenant id (a GUID such as 72f988bf-86f1-41af-91ab-2d7cd011db47)");
      }
    }
  }

  // Tokens are trusted because of the keys fetched from this host, so it must be reached over
  // HTTPS; plain HTTP is
  // only for a test authority on this machine.
  private static void checkAuthorityHost(String host) {
    URI uri;
    try {
      uri = URI.create(host);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "STEWARD_ENTRA_AUTHORITY_HOST '" + host + "' is not a URL", e);
    }
    boolean local =
        Set.of("localhost", "127.0.0.1", "[::1]").contains(String.valueOf(uri.getHost()));
    boolean secure = "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local);
    if (!secure || uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())) {
      throw new IllegalArgumentException(
          "STEWARD_ENTRA_AUTHORITY_HOST '"
              + host
              + "' must be an https:// host such as https://login.microsoftonline.com, without a path");
    }
  }
}
