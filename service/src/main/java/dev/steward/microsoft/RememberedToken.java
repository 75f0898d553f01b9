package dev.steward.microsoft;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * A credential that keeps the token it got until shortly before it expires. MSAL's own cache cannot
 * be relied on for this: an on-behalf-of token it caches is not found again for an authority it
 * does not know (a sovereign cloud, a test), so every Graph call would exchange the user's token
 * anew. A request with a claims challenge always goes to the credential.
 */
final class RememberedToken implements TokenCredential {

  /**
   * A token this close to its expiry is renewed, so that no call sets off with one about to lapse.
   */
  static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

  private final TokenCredential credential;
  private List<String> scopes;
  private AccessToken token;

  RememberedToken(TokenCredential credential) {
    this.credential = credential;
  }

  @Override
  public Mono<AccessToken> getToken(TokenRequestContext request) {
    return Mono.fromCallable(() -> getTokenSync(request));
  }

  @Override
  public synchronized AccessToken getTokenSync(TokenRequestContext request) {
    if (request.getClaims() != null) {
      return credential.getTokenSync(request);
    }
    boolean fresh =
        token != null
            && request.getScopes().equals(scopes)
            && token.getExpiresAt().isAfter(OffsetDateTime.now().plus(RENEW_BEFORE));
    if (!fresh) {
      token = credential.getTokenSync(request);
      scopes = List.copyOf(request.getScopes());
    }
    return token;
  }
}
