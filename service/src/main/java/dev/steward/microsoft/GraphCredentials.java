package dev.steward.microsoft;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.CredentialBuilderBase;
import com.azure.identity.OnBehalfOfCredentialBuilder;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The azure-identity credentials Graph clients get their tokens from, against the configured
 * authority and over Steward's own HTTP client: on behalf of a user (the user's Entra access token
 * as the assertion, in the user's tenant), or as the application (a client secret or certificate).
 */
final class GraphCredentials {

  /**
   * The public Microsoft authorities, which azure-identity may validate through instance discovery.
   */
  private static final Set<String> KNOWN_AUTHORITIES =
      Set.of(
          "login.microsoftonline.com",
          "login.microsoftonline.us",
          "login.chinacloudapi.cn",
          "login.partner.microsoftonline.cn");

  private final MicrosoftSettings settings;
  private final OkHttpAzureClient identityHttp;

  GraphCredentials(MicrosoftSettings settings, OkHttpAzureClient identityHttp) {
    this.settings = settings;
    this.identityHttp = identityHttp;
  }

  // CPD-OFF: azure-identity's on-behalf-of and client-certificate builders take the same
  // certificate settings but share no interface for them, so each is given them in its own words.
  TokenCredential onBehalfOf(GraphAccess.OnBehalfOf user) {
    String tenant = user.token().tenantId();
    if (tenant == null || tenant.isBlank()) {
      throw new MicrosoftUnavailableException(
          "The Microsoft sign-in names no tenant, so Steward cannot act for it.");
    }
    var builder =
        new OnBehalfOfCredentialBuilder()
            .tenantId(tenant)
            .clientId(settings.clientId())
            .userAssertion(user.token().value());
    if (!settings.clientSecret().isEmpty()) {
      builder.clientSecret(settings.clientSecret());
    } else if (isPfx()) {
      builder
          .pfxCertificate(settings.certificate().toString())
          .clientCertificatePassword(certificatePassword());
    } else {
      builder.pemCertificate(settings.certificate().toString());
    }
    return common(builder).build();
  }

  TokenCredential app(String tenant) {
    if (!settings.clientSecret().isEmpty()) {
      return common(
              new ClientSecretCredentialBuilder()
                  .tenantId(tenant)
                  .clientId(settings.clientId())
                  .clientSecret(settings.clientSecret()))
          .build();
    }
    var builder =
        new ClientCertificateCredentialBuilder().tenantId(tenant).clientId(settings.clientId());
    if (isPfx()) {
      builder
          .pfxCertificate(settings.certificate().toString())
          .clientCertificatePassword(certificatePassword());
    } else {
      builder.pemCertificate(settings.certificate().toString());
    }
    return common(builder).build();
  }

  // CPD-ON

  /** The authority and transport every credential shares. */
  private <T extends CredentialBuilderBase<T>> T common(T builder) {
    var aad = (com.azure.identity.AadCredentialBuilderBase<?>) builder;
    aad.authorityHost(settings.authorityHost());
    if (!KNOWN_AUTHORITIES.contains(
        URI.create(settings.authorityHost()).getHost().toLowerCase(Locale.ROOT))) {
      aad.disableInstanceDiscovery();
    }
    return builder.httpClient(identityHttp);
  }

  private boolean isPfx() {
    String name = settings.certificate().getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".pfx") || name.endsWith(".p12");
  }

  private String certificatePassword() {
    return settings.certificatePassword().isEmpty() ? null : settings.certificatePassword();
  }
}
