package dev.steward.identity;

import dev.steward.platform.ClientAddress;
import dev.steward.platform.web.ApiRequestFilter;
import dev.steward.platform.web.ProblemResponses;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;

/**
 * 100 API requests a minute per signed-in user (per address when anonymous), and a stricter
 * per-address limit on the sign-in endpoints, with Bucket4j token buckets. Answers carry the IETF
 * RateLimit headers; a refusal is a 429 with Retry-After. Buckets live in the database ({@link
 * RateLimitBuckets}), so several instances share each limit.
 */
class RateLimitFilter extends ApiRequestFilter {

  private static final Duration WINDOW = RateLimitBuckets.WINDOW;

  private final int requestsPerMinute;
  private final int authRequestsPerMinute;
  private final ClientAddress clientAddress;
  private final RateLimitBuckets buckets;

  private final Counter requestRefusals;
  private final Counter signInRefusals;

  RateLimitFilter(
      IdentitySettings settings,
      ClientAddress clientAddress,
      RateLimitBuckets buckets,
      MeterRegistry meters) {
    this.buckets = buckets;
    this.requestRefusals = refusals(meters, "requests");
    this.signInRefusals = refusals(meters, "sign-in");
    this.requestsPerMinute = settings.requestsPerMinute();
    this.authRequestsPerMinute = settings.authRequestsPerMinutePerIp();
    this.clientAddress = clientAddress;
  }

  private static Counter refusals(MeterRegistry meters, String limit) {
    return Counter.builder("steward.rate.limit.refusals")
        .description("Requests refused with 429 by a rate limit")
        .tag("limit", limit)
        .register(meters);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean signIn = path.equals("/api/auth/login") || path.equals("/api/auth/refresh");
    String key;
    int limit;
    if (signIn) {
      key = "auth:" + clientAddress.of(request);
      limit = authRequestsPerMinute;
    } else {
      key =
          CurrentUser.get()
              .map(user -> "user:" + user.userId())
              .orElseGet(() -> "ip:" + clientAddress.of(request));
      limit = requestsPerMinute;
    }
    var probe = buckets.tryTake(key, limit);
    long resetSeconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset()));
    response.setHeader("RateLimit-Policy", limit + ";w=" + WINDOW.toSeconds());
    response.setHeader(
        "RateLimit",
        "limit=" + limit + ", remaining=" + probe.getRemainingTokens() + ", reset=" + resetSeconds);
    response.setHeader("RateLimit-Limit", String.valueOf(limit));
    response.setHeader("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
    response.setHeader("RateLimit-Reset", String.valueOf(resetSeconds));
    if (!probe.isConsumed()) {
      (signIn ? signInRefusals : requestRefusals).increment();
      long retryAfter =
          Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
      response.setHeader("Retry-After", String.valueOf(retryAfter));
      ProblemResponses.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "Too many requests",
          "Slow down: at most " + limit + " requests a minute. Try again in " + retryAfter + " s.");
      return;
    }
    chain.doFilter(request, response);
  }
}
