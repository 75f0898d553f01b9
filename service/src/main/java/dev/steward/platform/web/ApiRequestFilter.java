package dev.steward.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/** A filter of API requests only ({@code /api/**}); the web app's files and health pass by it. */
public abstract class ApiRequestFilter extends OncePerRequestFilter {

  @Override
  protected final boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }
}
