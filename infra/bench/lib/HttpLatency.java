import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times requests to the Steward API one after another, as one user would send them, and checks each answer.
 *
 * <pre>
 * java HttpLatency.java wait   &lt;base-url&gt; &lt;seconds&gt; [pid of the service, to stop waiting when it dies]
 * java HttpLatency.java lookup &lt;base-url&gt; &lt;warmup.tsv&gt; &lt;sample.tsv&gt; &lt;latencies-out&gt;
 * java HttpLatency.java search &lt;base-url&gt; &lt;warmup.txt&gt; &lt;sample.txt&gt; &lt;expected-totals&gt; &lt;latencies-out&gt;
 * </pre>
 *
 * Lookup samples are {@code email<TAB>1|0} (1 when a live contact has it). Expected totals are {@code n|total} lines,
 * one per search, as the benchmark's SQL probe found them. Latencies are written in milliseconds, one per line, in
 * sample order. Warm-up requests stop after 20 s. Any unexpected status or answer fails the run.
 */
public class HttpLatency {

  private static final Pattern TOTAL = Pattern.compile("\"totalElements\":(\\d+)");
  /** Warm-up stops after its samples or after this long, whichever comes first. */
  private static final long WARMUP_NANOS = 20_000_000_000L;

  public static void main(String[] args) throws Exception {
    var client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    switch (args[0]) {
      case "wait" -> waitHealthy(client, args[1], Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : -1);
      case "lookup" -> lookup(client, args[1], Path.of(args[2]), Path.of(args[3]), Path.of(args[4]));
      case "search" -> search(client, args[1], Path.of(args[2]), Path.of(args[3]), Path.of(args[4]), Path.of(args[5]));
      case "login" -> System.out.println(login(client, args[1], args[2], args[3]));
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  static void waitHealthy(HttpClient client, String base, int seconds, long pid) throws InterruptedException {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    var request = HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < deadline) {
      if (pid > 0 && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
        System.err.println("Steward (pid " + pid + ") exited before it became healthy");
        System.exit(1);
      }
      try {
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    System.err.println("Steward was not healthy at " + base + "/actuator/health within " + seconds + " s");
    System.exit(1);
  }

  /** Signs in as a local user and returns the access token, which every timed request then carries. */
  static String login(HttpClient client, String base, String email, String password) throws Exception {
    String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    var request = HttpRequest.newBuilder(URI.create(base + "/api/auth/login")).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    var response = client.send(request, HttpResponse.BodyHandlers.ofString());
    var token = java.util.regex.Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException("sign-in answered " + response.statusCode() + ": " + response.body());
    }
    return token.group(1);
  }

  /**
   * One GET. A kept-alive connection that the server has just closed fails the send: that one is sent again, once,
   * and its time counts from the first attempt.
   */
  static String get(HttpClient client, String url) throws IOException, InterruptedException {
    var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json");
    String token = System.getenv("BENCH_TOKEN");
    if (token != null && !token.isBlank()) {
      builder.header("Authorization", "Bearer " + token);
    }
    var request = builder.build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.net.http.HttpTimeoutException e) {
      throw e;
    } catch (IOException e) {
      System.err.println("GET " + url + " failed (" + e + "), sending it again");
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void lookup(HttpClient client, String base, Path warmup, Path sample, Path out) throws Exception {
    long warmupEnd = System.nanoTime() + WARMUP_NANOS;
    for (String line : Files.readAllLines(warmup, StandardCharsets.UTF_8)) {
      if (System.nanoTime() > warmupEnd) {
        break;
      }
      get(client, base + "/api/contacts/lookup?email=" + enc(line.split("\t")[0]));
    }
    List<String> latencies = new ArrayList<>();
    int failures = 0;
    for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      String url = base + "/api/contacts/lookup?email=" + enc(f[0]);
      long start = System.nanoTime();
      String body = get(client, url);
      long nanos = System.nanoTime() - start;
      latencies.add(String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e6));
      boolean found = !body.strip().equals("[]");
      if (found != f[1].equals("1") || (found && !body.toLowerCase(java.util.Locale.ROOT)
          .contains("\"email\":\"" + f[0].toLowerCase(java.util.Locale.ROOT) + "\""))) {
        failures++;
        if (failures <= 3) {
          System.err.println("lookup of " + f[0] + " expected " + (f[1].equals("1") ? "a contact" : "none")
              + " but got: " + abbreviate(body));
        }
      }
    }
    Files.write(out, latencies);
    if (failures > 0) {
      System.err.println(failures + " lookups gave an unexpected answer");
      System.exit(1);
    }
  }

  static void search(HttpClient client, String base, Path warmup, Path sample, Path expected, Path out)
      throws Exception {
    long warmupEnd = System.nanoTime() + WARMUP_NANOS;
    for (String q : Files.readAllLines(warmup, StandardCharsets.UTF_8)) {
      if (System.nanoTime() > warmupEnd) {
        break;
      }
      get(client, base + "/api/contacts?size=50&q=" + enc(q));
    }
    List<String> terms = Files.readAllLines(sample, StandardCharsets.UTF_8);
    List<String> totals = Files.readAllLines(expected, StandardCharsets.UTF_8);
    if (totals.size() != terms.size()) {
      throw new IllegalStateException(terms.size() + " searches but " + totals.size() + " expected totals");
    }
    List<String> latencies = new ArrayList<>();
    int failures = 0;
    for (int i = 0; i < terms.size(); i++) {
      String url = base + "/api/contacts?size=50&q=" + enc(terms.get(i));
      long start = System.nanoTime();
      String body = get(client, url);
      long nanos = System.nanoTime() - start;
      latencies.add(String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e6));
      String[] e = totals.get(i).split("\\|");
      long pageRows = Long.parseLong(e[0]);
      long want = pageRows < 50 ? pageRows : Math.min(Long.parseLong(e[1]), 10_000);
      Matcher m = TOTAL.matcher(body);
      if (!m.find() || Long.parseLong(m.group(1)) != want) {
        failures++;
        if (failures <= 3) {
          System.err.println("search '" + terms.get(i) + "' expected total " + want + " but got: " + abbreviate(body));
        }
      }
    }
    Files.write(out, latencies);
    if (failures > 0) {
      System.err.println(failures + " searches gave a total other than the SQL's");
      System.exit(1);
    }
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
