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
 * Times requests to the Steward API, from one client sending one after another as a user would, or from several at
 * once, and checks each answer.
 *
 * <pre>
 * java HttpLatency.java wait   &lt;base-url&gt; &lt;seconds&gt; [pid of the service, to stop waiting when it dies]
 * java HttpLatency.java lookup &lt;base-url&gt; &lt;warmup.tsv&gt; &lt;sample.tsv&gt; &lt;latencies-out&gt; [clients]
 * java HttpLatency.java search &lt;base-url&gt; &lt;warmup.txt&gt; &lt;sample.txt&gt; &lt;expected-totals&gt; &lt;latencies-out&gt; [clients]
 * </pre>
 *
 * Lookup samples are {@code email<TAB>1|0} (1 when a live contact has it). Expected totals are one line per search:
 * its total as the benchmark's SQL probe counted it, to one past the cap. Latencies are written in milliseconds, one
 * per line. With several clients, each sends the whole sample, starting at its own place in it. The warm-up sample is
 * sent over and over for BENCH_WARMUP_SECONDS (20 s). Any unexpected status or answer fails the run. Beside the
 * latencies, {@code <latencies-out>.stats} holds the timed part's requests per second and how busy the machine's
 * cores were meanwhile, in percent.
 */
public class HttpLatency {

  private static final Pattern TOTAL = Pattern.compile("\"totalElements\":(\\d+)");
  private static final Pattern CAPPED = Pattern.compile("\"totalCapped\":(true|false)");
  /** The service counts a search's matches to this many, and says "1,000+" past it. */
  private static final long COUNT_CAP = 1_000;
  /** How long the warm-up sample is repeated before a timed run (BENCH_WARMUP_SECONDS, 20 s). */
  private static final long WARMUP_NANOS = 1_000_000_000L
      * Long.parseLong(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS", "20"));

  public static void main(String[] args) throws Exception {
    var client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    switch (args[0]) {
      case "wait" -> waitHealthy(client, args[1], Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : -1);
      case "lookup" -> lookup(args[1], Path.of(args[2]), Path.of(args[3]), Path.of(args[4]),
          args.length > 5 ? Integer.parseInt(args[5]) : 1);
      case "search" -> search(args[1], Path.of(args[2]), Path.of(args[3]), Path.of(args[4]), Path.of(args[5]),
          args.length > 6 ? Integer.parseInt(args[6]) : 1);
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

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** One timed request of a sample, and what its answer must say: null when right, else why not. */
  record Probe(String url, java.util.function.Function<String, String> check) {}

  static void lookup(String base, Path warmup, Path sample, Path out, int clients)
      throws Exception {
    warmUp(Files.readAllLines(warmup, StandardCharsets.UTF_8).stream()
        .map(line -> base + "/api/contacts/lookup?email=" + enc(line.split("\t")[0])).toList());
    List<Probe> probes = new ArrayList<>();
    for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      boolean known = f[1].equals("1");
      String email = f[0].toLowerCase(java.util.Locale.ROOT);
      probes.add(new Probe(base + "/api/contacts/lookup?email=" + enc(f[0]), body -> {
        boolean found = !body.strip().equals("[]");
        boolean right = found == known
            && (!found || body.toLowerCase(java.util.Locale.ROOT).contains("\"" + email + "\""));
        return right ? null : "lookup of " + f[0] + " expected " + (known ? "a contact" : "none") + " but got: "
            + abbreviate(body);
      }));
    }
    measure(probes, clients, out);
  }

  static void search(String base, Path warmup, Path sample, Path expected, Path out, int clients)
      throws Exception {
    warmUp(Files.readAllLines(warmup, StandardCharsets.UTF_8).stream()
        .map(q -> base + "/api/contacts?size=50&q=" + enc(q)).toList());
    List<String> terms = Files.readAllLines(sample, StandardCharsets.UTF_8);
    List<String> totals = Files.readAllLines(expected, StandardCharsets.UTF_8);
    if (totals.size() != terms.size()) {
      throw new IllegalStateException(terms.size() + " searches but " + totals.size() + " expected totals");
    }
    List<Probe> probes = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      String q = terms.get(i);
      long counted = Long.parseLong(totals.get(i).strip());
      long want = Math.min(counted, COUNT_CAP);
      boolean wantCapped = counted > COUNT_CAP;
      probes.add(new Probe(base + "/api/contacts?size=50&q=" + enc(q), body -> {
        Matcher total = TOTAL.matcher(body);
        Matcher capped = CAPPED.matcher(body);
        boolean right = total.find() && Long.parseLong(total.group(1)) == want
            && capped.find() && Boolean.parseBoolean(capped.group(1)) == wantCapped;
        return right ? null : "search '" + q + "' expected total " + want + (wantCapped ? "+" : "") + " but got: "
            + abbreviate(body);
      }));
    }
    measure(probes, clients, out);
  }

  /**
   * Sends the warm-up requests over and over for 20 s. One pass (1,000 lookups take about 2 s) left the service's JIT
   * still compiling the request path while the sample was timed: its compiler threads then took CPU from the requests
   * on two cores, and the one-client p95 moved by a millisecond from run to run.
   */
  static void warmUp(List<String> urls) throws Exception {
    long warmupEnd = System.nanoTime() + WARMUP_NANOS;
    try (var connection = new Connection(URI.create(urls.get(0)))) {
      for (int i = 0; System.nanoTime() < warmupEnd; i = (i + 1) % urls.size()) {
        connection.get(urls.get(i));
      }
    }
  }

  /** Sends the probes from {@code clients} clients at once, each the whole sample from its own start; fails on any wrong answer. */
  static void measure(List<Probe> probes, int clients, Path out) throws Exception {
    List<String> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failed = java.util.Collections.synchronizedList(new ArrayList<>());
    long[] cpuBefore = cpuTicks();
    long started = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int first = c * probes.size() / clients;
      Thread thread = new Thread(() -> {
        try (var connection = new Connection(URI.create(probes.get(0).url()))) {
          for (int k = 0; k < probes.size(); k++) {
            Probe probe = probes.get((first + k) % probes.size());
            long start = System.nanoTime();
            String body = connection.get(probe.url());
            long nanos = System.nanoTime() - start;
            latencies.add(String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e6));
            String why = probe.check().apply(body);
            if (why != null) {
              wrong.add(why);
            }
          }
        } catch (Exception e) {
          failed.add(e);
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] cpuAfter = cpuTicks();
    if (!failed.isEmpty()) {
      throw new IllegalStateException("a client failed", failed.get(0));
    }
    Files.write(out, latencies);
    String busy = cpuBefore == null || cpuAfter == null || cpuAfter[1] == cpuBefore[1] ? "-"
        : String.format(java.util.Locale.ROOT, "%.0f",
            100.0 * (cpuAfter[0] - cpuBefore[0]) / (cpuAfter[1] - cpuBefore[1]));
    Files.writeString(Path.of(out + ".stats"), String.format(java.util.Locale.ROOT, "%.0f %s%n",
        latencies.size() / seconds, busy));
    if (!wrong.isEmpty()) {
      wrong.stream().limit(3).forEach(System.err::println);
      System.err.println(wrong.size() + " answers were not what the SQL says");
      System.exit(1);
    }
  }

  /**
   * The machine's busy and total CPU ticks, all cores together, from /proc/stat (idle, iowait and the
   * time a hypervisor stole are not busy); null where there is none. Everything on the machine counts: the service, the database
   * and these clients.
   */
  static long[] cpuTicks() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < Math.min(f.length, 9); i++) {
        total += Long.parseLong(f[i]);
      }
      long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]) + (f.length > 8 ? Long.parseLong(f[8]) : 0);
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static String abbreviate(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  /**
   * One kept-alive HTTP/1.1 connection per client, read and written by the client's own thread. The timing then holds
   * the service's answer and not a client library's hand-offs between its threads (java.net.http sends every request
   * through its selector thread, which on two busy cores added milliseconds); psql times the floor the same way.
   */
  static final class Connection implements AutoCloseable {
    private final String host;
    private final int port;
    private final String authorization;
    private java.net.Socket socket;
    private java.io.BufferedInputStream in;
    private java.io.OutputStream out;

    Connection(URI base) {
      this.host = base.getHost();
      this.port = base.getPort();
      String token = System.getenv("BENCH_TOKEN");
      this.authorization = token == null || token.isBlank() ? "" : "Authorization: Bearer " + token + "\r\n";
    }

    /** The body of a 200 answer; anything else fails. A connection the server closed while idle is opened again, once. */
    String get(String url) throws IOException {
      URI uri = URI.create(url);
      String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      String request = "GET " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n"
          + authorization + "\r\n";
      boolean fresh = socket == null;
      try {
        return exchange(request, url);
      } catch (java.io.EOFException | java.net.SocketException e) {
        if (fresh) {
          throw e;
        }
        close();
        return exchange(request, url);
      }
    }

    private String exchange(String request, String url) throws IOException {
      if (socket == null) {
        socket = new java.net.Socket(host, port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        in = new java.io.BufferedInputStream(socket.getInputStream(), 65_536);
        out = socket.getOutputStream();
      }
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String status = line();
      int contentLength = -1;
      boolean chunked = false;
      boolean close = false;
      for (String header = line(); !header.isEmpty(); header = line()) {
        String lower = header.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          contentLength = Integer.parseInt(lower.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          close = true;
        }
      }
      var body = new java.io.ByteArrayOutputStream();
      if (chunked) {
        for (int size = Integer.parseInt(line().split(";")[0].strip(), 16); size > 0;
            size = Integer.parseInt(line().split(";")[0].strip(), 16)) {
          body.write(in.readNBytes(size));
          line();
        }
        while (!line().isEmpty()) {
          // trailers
        }
      } else if (contentLength >= 0) {
        body.write(in.readNBytes(contentLength));
      } else {
        body.write(in.readAllBytes());
        close = true;
      }
      if (close) {
        close();
      }
      String text = body.toString(StandardCharsets.UTF_8);
      if (!status.startsWith("HTTP/1.1 200")) {
        throw new IllegalStateException("GET " + url + " answered " + status + ": " + abbreviate(text));
      }
      return text;
    }

    private String line() throws IOException {
      var line = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new java.io.EOFException("the server closed the connection");
        }
        if (c != '\r') {
          line.append((char) c);
        }
      }
      return line.toString();
    }

    @Override
    public void close() {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException e) {
          // closing anyway
        }
      }
      socket = null;
    }
  }
}
