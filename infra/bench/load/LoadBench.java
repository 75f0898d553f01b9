import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load client of infra/bench/load: N users, each signed in once (on the first instance; the
 * token works on every one), send a mix of 70% lookup and search, 20% reads and 10% writes to the
 * instances in turn, for a bounded time and count, either as fast as answers come (closed loop) or
 * paced to a total rate. Prints one line: requests, seconds, throughput, p50/p95/p99 in ms, non-2xx
 * answers, 5xx answers and transport failures.
 *
 * <pre>
 * java LoadBench.java &lt;bases,comma-separated&gt; &lt;firm&gt; &lt;password&gt; &lt;users&gt; &lt;seconds&gt;
 *     &lt;max-requests&gt; &lt;rate per second, 0 = closed loop&gt; &lt;samples folder&gt; &lt;label&gt;
 * </pre>
 *
 * The samples folder holds emails.txt, terms.txt and ids.txt, one a line.
 */
public class LoadBench {

  private static final Pattern TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    List<String> bases = Arrays.asList(args[0].split(","));
    String firm = args[1];
    String password = args[2];
    int users = Integer.parseInt(args[3]);
    long seconds = Long.parseLong(args[4]);
    long maxRequests = Long.parseLong(args[5]);
    double rate = Double.parseDouble(args[6]);
    Path samples = Path.of(args[7]);
    String label = args[8];
    List<String> emails = Files.readAllLines(samples.resolve("emails.txt"));
    List<String> terms = Files.readAllLines(samples.resolve("terms.txt"));
    List<String> ids = Files.readAllLines(samples.resolve("ids.txt"));

    var http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String[] tokens = new String[users];
    for (int u = 0; u < users; u++) {
      tokens[u] = signIn(http, bases.get(0), "load-" + (u + 1) + "@bench.local", password, firm);
    }

    long[] latencies = new long[(int) Math.min(maxRequests, 20_000_000)];
    var taken = new AtomicLong();
    var next = new AtomicInteger();
    var non2xx = new AtomicLong();
    var fivexx = new AtomicLong();
    var failures = new AtomicLong();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    long perUserInterval = rate > 0 ? (long) (users * 1_000_000_000L / rate) : 0;
    var done = new CountDownLatch(users);
    for (int u = 0; u < users; u++) {
      int user = u;
      var thread =
          new Thread(
              () -> {
                var random = new SplittableRandom(1_000L + user);
                long due = start + (perUserInterval == 0 ? 0 : random.nextLong(perUserInterval));
                try {
                  while (true) {
                    if (perUserInterval > 0) {
                      long wait = due - System.nanoTime();
                      if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                      }
                      due += perUserInterval;
                    }
                    if (System.nanoTime() >= end) {
                      break;
                    }
                    long slot = taken.getAndIncrement();
                    if (slot >= latencies.length) {
                      break;
                    }
                    String base = bases.get(Math.floorMod(next.getAndIncrement(), bases.size()));
                    var request = request(base, random, emails, terms, ids, user, slot);
                    request.header("Authorization", "Bearer " + tokens[user]);
                    long sent = System.nanoTime();
                    try {
                      var answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
                      int status = answer.statusCode();
                      if (status < 200 || status > 299) {
                        non2xx.incrementAndGet();
                      }
                      if (status >= 500) {
                        fivexx.incrementAndGet();
                      }
                    } catch (java.io.IOException e) {
                      failures.incrementAndGet();
                    }
                    latencies[(int) slot] = System.nanoTime() - sent;
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
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    int count = (int) Math.min(taken.get(), latencies.length);
    long[] measured = Arrays.copyOf(latencies, count);
    Arrays.sort(measured);
    System.out.printf(
        "%s: %d requests in %.1f s = %.0f/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; non-2xx %d, 5xx %d,"
            + " failed %d%n",
        label,
        count,
        elapsed,
        count / elapsed,
        percentile(measured, 50),
        percentile(measured, 95),
        percentile(measured, 99),
        non2xx.get(),
        fivexx.get(),
        failures.get());
  }

  /** Signs {@code email} in and gives its access token (it works on every instance). */
  static String signIn(HttpClient http, String base, String email, String password, String firm)
      throws java.io.IOException, InterruptedException {
    String body =
        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"firm\":\"" + firm + "\"}";
    var answer =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = TOKEN.matcher(answer.body());
    if (answer.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException(
          "sign-in of " + email + " failed: " + answer.statusCode() + " " + answer.body());
    }
    return m.group(1);
  }

  /** 35% lookup by email, 35% search, 20% a contact by id, 10% a new contact. */
  private static HttpRequest.Builder request(
      String base,
      SplittableRandom random,
      List<String> emails,
      List<String> terms,
      List<String> ids,
      int user,
      long slot) {
    int pick = random.nextInt(100);
    if (pick < 35) {
      String email = emails.get(random.nextInt(emails.size()));
      return HttpRequest.newBuilder(
          URI.create(base + "/api/contacts/lookup?email=" + encode(email)));
    }
    if (pick < 70) {
      String term = terms.get(random.nextInt(terms.size()));
      return HttpRequest.newBuilder(URI.create(base + "/api/contacts?size=20&q=" + encode(term)));
    }
    if (pick < 90) {
      return HttpRequest.newBuilder(
          URI.create(base + "/api/contacts/" + ids.get(random.nextInt(ids.size()))));
    }
    return HttpRequest.newBuilder(URI.create(base + "/api/contacts"))
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "{\"type\":\"individual\",\"firstName\":\"Load\",\"lastName\":\"User"
                    + user
                    + "-"
                    + slot
                    + "\"}"));
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
  }
}
