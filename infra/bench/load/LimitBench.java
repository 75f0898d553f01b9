import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The rate limit's phase of infra/bench/load: one user, signed in once, sends {@code requests}
 * searches from {@code threads} threads at once, to the instances in turn, as fast as answers come
 * (well inside a minute). Prints one line: how many were accepted (2xx), refused (429), answered
 * otherwise and failed, with the accepted per instance, and the seconds it took. With a limit of N
 * a minute, exactly N must be accepted, whichever instance answered.
 *
 * <pre>
 * java LimitBench.java &lt;bases,comma-separated&gt; &lt;firm&gt; &lt;email&gt; &lt;password&gt;
 *     &lt;requests&gt; &lt;threads&gt;
 * </pre>
 */
public class LimitBench {

  public static void main(String[] args) throws Exception {
    List<String> bases = Arrays.asList(args[0].split(","));
    String firm = args[1];
    String email = args[2];
    String password = args[3];
    int requests = Integer.parseInt(args[4]);
    int threads = Integer.parseInt(args[5]);

    var http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String token = LoadBench.signIn(http, bases.get(0), email, password, firm);

    var next = new AtomicInteger();
    var acceptedBy = new AtomicLongArray(bases.size());
    var refused = new AtomicInteger();
    var other = new AtomicInteger();
    var failed = new AtomicInteger();
    var go = new CountDownLatch(1);
    var done = new CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      var thread =
          new Thread(
              () -> {
                try {
                  go.await();
                  for (int n = next.getAndIncrement(); n < requests; n = next.getAndIncrement()) {
                    int instance = n % bases.size();
                    var request =
                        HttpRequest.newBuilder(
                                URI.create(
                                    bases.get(instance) + "/api/contacts?size=1&q=limit" + n))
                            .header("Authorization", "Bearer " + token)
                            .build();
                    try {
                      int status =
                          http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                      if (status >= 200 && status <= 299) {
                        acceptedBy.incrementAndGet(instance);
                      } else if (status == 429) {
                        refused.incrementAndGet();
                      } else {
                        other.incrementAndGet();
                      }
                    } catch (java.io.IOException e) {
                      failed.incrementAndGet();
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } finally {
                  done.countDown();
                }
              });
      thread.setDaemon(true);
      thread.start();
    }
    long start = System.nanoTime();
    go.countDown();
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long accepted = 0;
    StringBuilder perInstance = new StringBuilder();
    for (int i = 0; i < bases.size(); i++) {
      accepted += acceptedBy.get(i);
      perInstance.append(i == 0 ? "" : " + ").append(acceptedBy.get(i));
    }
    System.out.printf(
        "rate limit: %d requests from one user, %d threads, %d instances, in %.1f s: accepted %d (%s),"
            + " refused %d, other %d, failed %d%n",
        requests,
        threads,
        bases.size(),
        elapsed,
        accepted,
        perInstance,
        refused.get(),
        other.get(),
        failed.get());
  }
}
