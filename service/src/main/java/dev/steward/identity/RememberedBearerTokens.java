package dev.steward.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Bearer tokens already verified, remembered by their exact text for {@link #REMEMBER_FOR} at most
 * and never past their expiry, so that the Outlook pane's stream of lookups does not parse and
 * verify the same token twice per request (once to read its issuer, once to check it): that was the
 * largest allocation of a lookup. A token seen for the first time, or again after a minute, takes
 * the full path of its issuer's decoder. The user behind the token is resolved on every request as
 * before, so an ended sign-in, a deactivation or a role change still takes effect within seconds.
 */
final class RememberedBearerTokens implements AuthenticationManagerResolver<HttpServletRequest> {

  /**
   * How long a verified token is trusted without verifying it again: a rotated-out signing key
   * counts after this.
   */
  static final Duration REMEMBER_FOR = Duration.ofMinutes(1);

  private static final int MAX_TOKENS = 4_096;

  private final AuthenticationManagerResolver<HttpServletRequest> verifyByIssuer;
  private final Function<Jwt, StewardPrincipal> toPrincipal;
  private final Clock clock;
  private final Cache<String, Jwt> verified;

  RememberedBearerTokens(
      AuthenticationManagerResolver<HttpServletRequest> verifyByIssuer,
      Function<Jwt, StewardPrincipal> toPrincipal,
      Clock clock) {
    this.verifyByIssuer = verifyByIssuer;
    this.toPrincipal = toPrincipal;
    this.clock = clock;
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(MAX_TOKENS)
            .expireAfter(Expiry.writing((String token, Jwt jwt) -> rememberFor(jwt)))
            .build();
  }

  @Override
  public AuthenticationManager resolve(HttpServletRequest request) {
    return authentication -> authenticate(request, authentication);
  }

  private Authentication authenticate(HttpServletRequest request, Authentication authentication) {
    if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
      return verifyByIssuer.resolve(request).authenticate(authentication);
    }
    Jwt known = verified.getIfPresent(bearer.getToken());
    if (known != null
        && known.getExpiresAt() != null
        && clock.instant().isBefore(known.getExpiresAt())) {
      var result = new StewardAuthentication(toPrincipal.apply(known), known);
      result.setDetails(bearer.getDetails());
      return result;
    }
    Authentication result = verifyByIssuer.resolve(request).authenticate(bearer);
    if (result != null
        && result.getCredentials() instanceof Jwt jwt
        && jwt.getExpiresAt() != null) {
      verified.put(bearer.getToken(), jwt);
    }
    return result;
  }

  private Duration rememberFor(Jwt jwt) {
    Instant expires = jwt.getExpiresAt();
    if (expires == null) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), expires);
    return left.isNegative()
        ? Duration.ZERO
        : left.compareTo(REMEMBER_FOR) < 0 ? left : REMEMBER_FOR;
  }
}
