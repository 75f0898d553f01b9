package dev.steward.identity;

import dev.steward.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user on a one-time password, or one whose firm requires MFA they have not set up, may only see
 * who they are, choose a password, set up MFA and sign out.
 */
class AccessRestrictionFilter extends OncePerRequestFilter {

  private static final Set<String> OPEN =
      Set.of(
          "/api/auth/me",
          "/api/auth/password",
          "/api/auth/logout",
          "/api/auth/mfa/setup",
          "/api/auth/mfa/verify",
          "/api/config");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var principal = CurrentUser.get();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (principal.isPresent()
        && principal.get().restricted()
        && path.startsWith("/api/")
        && !OPEN.contains(path)) {
      String detail =
          principal.get().mustChangePassword()
              ? "Choose a new password first: your current one was given to you for one sign-in only."
              : "Your firm requires two-step sign-in. Set up an authenticator app first.";
      ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Action needed", detail);
      return;
    }
    chain.doFilter(request, response);
  }
}
