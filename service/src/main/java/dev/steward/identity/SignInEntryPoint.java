package dev.steward.identity;

import dev.steward.identity.entra.TokenRefusal;
import dev.steward.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The answer to a request that is not signed in, or whose bearer token was refused.
 *
 * <ul>
 *   <li>No token: 401, "Sign in first.", {@code WWW-Authenticate: Bearer}.
 *   <li>A refused token: 401 with {@code "code": "invalid_token"}, {@code WWW-Authenticate: Bearer
 *       error="invalid_token"} and one plain sentence. Why it was refused (expired, wrong audience,
 *       unknown key...) goes only to the {@link RefusedTokenLog}: the decoders' words name issuers,
 *       audiences, tenants and key ids, which would help someone probing with forged tokens and do
 *       not help a person sign in.
 *   <li>A valid token of an account that is switched off, or of a sign-in that has ended (signed
 *       out, or ended by a password or role change): the same 401, saying so, since that is about
 *       the user and not about the token.
 *   <li>A valid Microsoft token that may not sign in (firm not connected, firm switched off,
 *       account clash): 403 with its own title and message, which speak of the user's own
 *       organisation only.
 * </ul>
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {

  static final String REFUSED = "Your sign-in is not valid or has expired. Sign in again.";

  private final RefusedTokenLog refusals;

  SignInEntryPoint(RefusedTokenLog refusals) {
    this.refusals = refusals;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (failure instanceof SignInForbiddenException forbidden) {
      ProblemResponses.write(
          response, HttpStatus.FORBIDDEN, forbidden.title(), forbidden.getMessage());
      return;
    }
    if (failure == null || failure instanceof InsufficientAuthenticationException) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in first.");
      return;
    }
    boolean inactive = failure instanceof AccountStatusException;
    boolean ended = failure instanceof SignInEndedException;
    TokenRefusal reason =
        inactive
            ? TokenRefusal.ACCOUNT_INACTIVE
            : ended ? TokenRefusal.SIGN_IN_ENDED : TokenRefusal.of(failure);
    refusals.refused(reason, failure.getMessage(), bearerToken(request));
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    ProblemResponses.write(
        response,
        HttpStatus.UNAUTHORIZED,
        "Unauthorized",
        inactive || ended ? failure.getMessage() : REFUSED,
        Map.of("code", "invalid_token"));
  }

  /**
   * The token as the request carried it (the access cookie is presented as this header too), or
   * null.
   */
  private static String bearerToken(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization == null
        || authorization.length() <= 7
        || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization;
    }
    return authorization.substring(7).strip();
  }
}
