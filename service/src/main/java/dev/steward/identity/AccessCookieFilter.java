package dev.steward.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Presents the browser's access-token cookie as a Bearer header to the resource server. It runs
 * after the CSRF check on purpose: a request authenticated by cookie must have passed CSRF first,
 * while a real Bearer header (which no other site can make a browser send) is exempt.
 */
class AccessCookieFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      chain.doFilter(request, response);
      return;
    }
    var token = AuthCookies.read(request, AuthCookies.ACCESS);
    chain.doFilter(
        token.<HttpServletRequest>map(value -> new WithBearer(request, value)).orElse(request),
        response);
  }

  private static final class WithBearer extends HttpServletRequestWrapper {

    private final String authorization;

    WithBearer(HttpServletRequest request, String token) {
      super(request);
      this.authorization = "Bearer " + token;
    }

    @Override
    public String getHeader(String name) {
      return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
          ? authorization
          : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
          ? Collections.enumeration(java.util.List.of(authorization))
          : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      var names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
      names.add(HttpHeaders.AUTHORIZATION);
      return Collections.enumeration(names);
    }
  }
}
