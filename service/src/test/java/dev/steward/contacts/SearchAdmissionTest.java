package dev.steward.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SearchAdmissionTest {

  private static MockHttpServletRequest search() {
    var request = new MockHttpServletRequest("GET", "/api/contacts");
    request.setParameter("q", "ann");
    return request;
  }

  @Test
  void searchesBeyondTheCoresWaitTheirTurnInArrivalOrder() throws Exception {
    var admission = new SearchAdmission(1, 1, Duration.ofSeconds(5));
    var firstMayFinish = new CountDownLatch(1);
    var firstRunning = new CountDownLatch(1);
    List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
    var first =
        CompletableFuture.runAsync(
            () ->
                run(
                    admission,
                    () -> {
                      firstRunning.countDown();
                      await(firstMayFinish);
                      order.add("first");
                    }));
    assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue();
    var second = CompletableFuture.runAsync(() -> run(admission, () -> order.add("second")));
    Thread.sleep(200);
    assertThat(order).as("the second waits while the first runs").isEmpty();
    firstMayFinish.countDown();
    CompletableFuture.allOf(first, second).get(5, TimeUnit.SECONDS);
    assertThat(order).containsExactly("first", "second");
  }

  @Test
  void aSearchThatWaitsTooLongIsAnsweredBusyAndOtherRequestsPassUnqueued() throws Exception {
    var admission = new SearchAdmission(1, 1, Duration.ofMillis(100));
    var release = new CountDownLatch(1);
    var holder = runningSearch(admission, release);

    var refused = new MockHttpServletResponse();
    admission.doFilter(search(), refused, new MockFilterChain());
    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
    assertThat(refused.getContentType()).startsWith("application/problem+json");
    assertThat(refused.getContentAsString()).contains("Too many searches are running");

    var write = new MockHttpServletRequest("POST", "/api/contacts");
    var written = new MockHttpServletResponse();
    var chain = new MockFilterChain();
    admission.doFilter(write, written, chain);
    assertThat(chain.getRequest()).as("a write is not queued").isNotNull();

    release.countDown();
    holder.get(5, TimeUnit.SECONDS);
  }

  @Test
  void aLookupDoesNotWaitBehindARunningSearch() throws Exception {
    var admission = new SearchAdmission(1, 1, Duration.ofMillis(100));
    var release = new CountDownLatch(1);
    var slowSearch = runningSearch(admission, release);

    var lookup = new MockHttpServletRequest("GET", "/api/contacts/lookup");
    lookup.setParameter("email", "ann@example.com");
    var answered = new MockHttpServletResponse();
    var chain = new MockFilterChain();
    admission.doFilter(lookup, answered, chain);
    assertThat(chain.getRequest()).as("the lookup ran while the search held its turn").isNotNull();
    assertThat(answered.getStatus()).isEqualTo(200);

    var anotherSearch = new MockHttpServletResponse();
    admission.doFilter(search(), anotherSearch, new MockFilterChain());
    assertThat(anotherSearch.getStatus())
        .as("searches still queue among themselves")
        .isEqualTo(503);

    release.countDown();
    slowSearch.get(5, TimeUnit.SECONDS);
  }

  /** A search that holds its turn until {@code release}, once it is running. */
  private static CompletableFuture<Void> runningSearch(
      SearchAdmission admission, CountDownLatch release) throws InterruptedException {
    var running = new CountDownLatch(1);
    var search =
        CompletableFuture.runAsync(
            () ->
                run(
                    admission,
                    () -> {
                      running.countDown();
                      await(release);
                    }));
    assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
    return search;
  }

  private static void run(SearchAdmission admission, Runnable search) {
    try {
      jakarta.servlet.Filter body = (req, res, chain) -> search.run();
      admission.doFilter(
          search(),
          new MockHttpServletResponse(),
          new MockFilterChain(new jakarta.servlet.http.HttpServlet() {}, body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
