package dev.steward.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Loads the deferred CSRF token on every request of the browser app, so that its XSRF-TOKEN cookie
 * reaches it. A request with a Bearer header (the add-ins, API clients) needs none: it is never
 * checked for one, and minting a token and a cookie for each of the pane's lookups was work for
 * nothing.
 */
class CsrfCookieFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    if (token != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
      token.getToken();
    }
    chain.doFilter(request, response);
  }
}
