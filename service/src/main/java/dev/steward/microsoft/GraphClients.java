package dev.steward.microsoft;

import com.azure.core.credential.TokenCredential;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.kiota.authentication.ObservabilityOptions;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;
import dev.steward.platform.TrustedCertificates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.springframework.stereotype.Component;

/**
 * Graph SDK clients, one per identity Steward acts as, over one HTTP client. That client carries
 * the SDK's middleware (retry on 429, 503 and 504 honouring Retry-After, redirects, compression),
 * trusts the configured certificates, and asks Graph for immutable ids. Tokens are sent only to the
 * Graph host of the configured base URL, and come from azure-identity credentials against the
 * configured authority ({@link GraphCredentials}):
 *
 * <ul>
 *   <li>on behalf of a user: an {@code OnBehalfOfCredential} whose assertion is the user's Entra
 *       access token, in the user's tenant; kept (at most 1,000 users' at once) until that token
 *       expires, so that its Graph token is exchanged once, not per call;
 *   <li>as the application: a client secret or certificate credential per tenant.
 * </ul>
 *
 * <p>Each credential keeps the Graph token it got until shortly before it expires ({@link
 * RememberedToken}).
 */
@Component
class GraphClients {

  /** Asks Graph for ids that survive moving an item (messages between folders, above all). */
  static final String IMMUTABLE_IDS = "IdType=\"ImmutableId\"";

  private final MicrosoftSettings settings;
  private final OkHttpClient http;
  private final GraphCredentials credentials;
  private final Cache<String, OnBehalfOfClient> onBehalfOf =
      Caffeine.newBuilder()
          .expireAfter(
              Expiry.<String, OnBehalfOfClient>creating((key, client) -> client.usableFor()))
          .maximumSize(1_000)
          .build();
  private final ConcurrentMap<String, GraphServiceClient> apps = new ConcurrentHashMap<>();

  GraphClients(MicrosoftSettings settings) {
    this.settings = settings;
    var trust =
        TrustedCertificates.of(
            settings.trustedCertificates(), "STEWARD_MICROSOFT_TRUSTED_CERTIFICATES");
    RequestOption[] options = {
      new RetryHandlerOption(
          (delay, attempt, request, response) -> true,
          settings.maxRetries(),
          RetryHandlerOption.DEFAULT_DELAY)
    };
    this.http =
        GraphClientFactory.create(options)
            .addInterceptor(immutableIds(settings.graphHost()))
            .sslSocketFactory(trust.sslContext().getSocketFactory(), trust.trustManager())
            .callTimeout(settings.timeout())
            .readTimeout(settings.timeout())
            .writeTimeout(settings.timeout())
            .build();
    this.credentials =
        new GraphCredentials(
            settings,
            new OkHttpAzureClient(
                new OkHttpClient.Builder()
                    .sslSocketFactory(trust.sslContext().getSocketFactory(), trust.trustManager())
                    .callTimeout(Duration.ofSeconds(30))
                    .build()));
  }

  /** The Graph client that acts as {@code access}. */
  GraphServiceClient client(GraphAccess access) {
    requireConfigured();
    if (access instanceof GraphAccess.OnBehalfOf user) {
      return onBehalfOf
          .get(
              fingerprint(user.token().value()),
              key ->
                  new OnBehalfOfClient(
                      graphClient(credentials.onBehalfOf(user)), user.token().expiresAt()))
          .client();
    }
    var app = (GraphAccess.App) access;
    return apps.computeIfAbsent(appTenant(app), tenant -> graphClient(credentials.app(tenant)));
  }

  /**
   * The HTTP client with the SDK's middleware and no credentials, for URLs that carry their own
   * authorization (an upload session's upload URL, which must not be sent a token).
   */
  OkHttpClient http() {
    return http;
  }

  /**
   * @throws MicrosoftUnavailableException (reason {@code NOT_CONNECTED}) when Graph is not
   *     configured
   */
  void requireConfigured() {
    if (!settings.configured()) {
      throw new MicrosoftUnavailableException(
          MicrosoftUnavailableException.Reason.NOT_CONNECTED,
          "Microsoft 365 is not connected: set STEWARD_MICROSOFT_CLIENT_SECRET "
              + "(or STEWARD_MICROSOFT_CERTIFICATE) and STEWARD_ENTRA_CLIENT_ID, as the README's Microsoft Graph section "
              + "says.");
    }
  }

  private GraphServiceClient graphClient(TokenCredential credential) {
    // Continuous access evaluation off: with it on, every token request carries a claims challenge,
    // and MSAL then
    // skips its cache and asks the authority again for every single call.
    var authentication =
        new AzureIdentityAuthenticationProvider(
            new RememberedToken(credential),
            new String[] {settings.graphHost()},
            new ObservabilityOptions(),
            false,
            settings.graphScope());
    var client = new GraphServiceClient(authentication, http);
    client.getRequestAdapter().setBaseUrl(settings.graphBaseUrl());
    return client;
  }

  private String appTenant(GraphAccess.App app) {
    String tenant =
        app.tenantId() != null && !app.tenantId().isBlank() ? app.tenantId() : settings.tenantId();
    if (tenant.isEmpty()) {
      throw new MicrosoftUnavailableException(
          "Steward does not know which Microsoft tenant to act in as itself: "
              + "connect the firm to its Microsoft tenant in the firm settings, or set STEWARD_MICROSOFT_TENANT_ID.");
    }
    return tenant;
  }

  /**
   * A Graph client on a user's behalf, usable until their token expires (a token without expiry:
   * ten minutes).
   */
  private record OnBehalfOfClient(GraphServiceClient client, Instant userTokenExpiresAt) {

    Duration usableFor() {
      if (userTokenExpiresAt == null) {
        return Duration.ofMinutes(10);
      }
      Duration left = Duration.between(Instant.now(), userTokenExpiresAt);
      return left.isNegative() ? Duration.ZERO : left;
    }
  }

  private static Interceptor immutableIds(String graphHost) {
    return chain -> {
      var request = chain.request();
      if (!graphHost.equalsIgnoreCase(request.url().host())) {
        return chain.proceed(request);
      }
      return chain.proceed(request.newBuilder().addHeader("Prefer", IMMUTABLE_IDS).build());
    };
  }

  private static String fingerprint(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
