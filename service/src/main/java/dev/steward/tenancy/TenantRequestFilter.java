package dev.steward.tenancy;

import dev.steward.platform.web.ApiRequestFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Sets the firm of each API request, as its {@link RequestTenantResolver} decides. The tenant is
 * cleared when the request ends, so that a pooled thread never carries it into the next one.
 */
@Component
class TenantRequestFilter extends ApiRequestFilter {

  private final RequestTenantResolver resolver;

  TenantRequestFilter(RequestTenantResolver resolver) {
    this.resolver = resolver;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CurrentTenant.set(resolver.resolve(request));
    try {
      chain.doFilter(request, response);
    } finally {
      CurrentTenant.clear();
    }
  }
}
