package dev.steward.contacts;

import dev.steward.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most as many contact lists and searches run at once as the machine has cores, and as many
 * lookups by email, the rest of each waiting their turn in arrival order. They are short reads that
 * use nothing but CPU (the service's and the database's), and they come in bursts: a search box
 * sends one per keystroke, the Outlook pane one per message. Run all at once, a burst shares the
 * cores and every request in it takes as long as the slowest; queued, each takes its own time plus
 * its wait. A request that waits longer than {@code steward.contacts.search-queue-wait} is answered
 * 503 with Retry-After.
 *
 * <p>Lookups queue apart from searches, so that the pane's one-millisecond lookups never wait
 * behind a search of tens of milliseconds. (More lookups at once than cores raised the median under
 * 8 clients on 2 cores but not the 95th percentile, which the processor sharing widened.)
 *
 * <p>It runs after sign-in and the rate limit (the security filters), so that one user's flood is
 * refused before it queues.
 */
@Component
@Order(0)
class SearchAdmission extends OncePerRequestFilter {

  private static final String LOOKUP = "/api/contacts/lookup";

  private final Semaphore searches;
  private final Semaphore lookups;
  private final Duration maxWait;

  @Autowired
  SearchAdmission(ContactSettings settings) {
    this(
        settings.contacts().searchConcurrency(),
        settings.contacts().lookupConcurrency(),
        settings.contacts().searchQueueWait());
  }

  SearchAdmission(int searchConcurrency, int lookupConcurrency, Duration maxWait) {
    int cores = Runtime.getRuntime().availableProcessors();
    this.searches = new Semaphore(searchConcurrency > 0 ? searchConcurrency : cores, true);
    this.lookups = new Semaphore(lookupConcurrency > 0 ? lookupConcurrency : cores, true);
    this.maxWait = maxWait;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return true;
    }
    String path = path(request);
    return !(path.equals("/api/contacts") || path.equals(LOOKUP));
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Semaphore running = path(request).equals(LOOKUP) ? lookups : searches;
    boolean admitted;
    try {
      admitted = running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      response.setHeader("Retry-After", "1");
      ProblemResponses.write(
          response,
          HttpStatus.SERVICE_UNAVAILABLE,
          "Busy",
          "Too many searches are running right now. Try again in a moment.");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      running.release();
    }
  }
}
