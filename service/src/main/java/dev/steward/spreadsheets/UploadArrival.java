package dev.steward.spreadsheets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes when an import's request arrived, before its body is read: the servlet container reads a
 * whole multipart upload before any controller runs, and an import's time
 * (STEWARD_IMPORT_MAX_UPLOAD_TIME) counts from here, so that a slow upload counts too.
 */
@Component
class UploadArrival extends OncePerRequestFilter {

  private static final String ARRIVED = UploadArrival.class.getName() + ".arrived";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().endsWith("/api/imports");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    request.setAttribute(ARRIVED, System.nanoTime());
    chain.doFilter(request, response);
  }

  /** How long ago {@code request} arrived; zero when it was not noted. */
  static Duration since(HttpServletRequest request) {
    return request.getAttribute(ARRIVED) instanceof Long arrived
        ? Duration.ofNanos(System.nanoTime() - arrived)
        : Duration.ZERO;
  }
}
