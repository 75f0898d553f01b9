package dev.steward.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The signed-in user of the current request, if any. */
public final class CurrentUser {

  private CurrentUser() {}

  public static Optional<StewardPrincipal> get() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.getPrincipal() instanceof StewardPrincipal principal) {
      return Optional.of(principal);
    }
    return Optional.empty();
  }

  /**
   * The Microsoft Entra access token of the current request, when its user signed in with
   * Microsoft; empty for local sign-ins and outside a request.
   */
  public static Optional<EntraAccessToken> entraAccessToken() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof StewardAuthentication steward
        && steward.getPrincipal() instanceof StewardPrincipal principal
        && principal.method() == StewardPrincipal.SignInMethod.MICROSOFT
        && steward.getCredentials() instanceof Jwt jwt) {
      return Optional.of(
          new EntraAccessToken(
              jwt.getTokenValue(), jwt.getClaimAsString("tid"), jwt.getExpiresAt()));
    }
    return Optional.empty();
  }

  /** The user's id, or null outside a signed-in request (a scheduled job, the demo loader). */
  public static UUID idOrNull() {
    return get().map(StewardPrincipal::userId).orElse(null);
  }
}
