package dev.steward.platform.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.jayway.jsonpath.JsonPath;
import dev.steward.StewardApplication;
import dev.steward.identity.Role;
import dev.steward.identity.Users;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.Tenants;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two Steward instances on one PostgreSQL (an embedded one, reached as an external database by
 * {@code steward.db.url}, as {@code STEWARD_DB_URL} sets it): background work runs once, the rate
 * limit is one budget across both, a sign-in made on one works on the other (and its sign-out ends
 * it on both), and a rolling restart under load loses no request that an instance accepted.
 */
class SeveralInstancesIntegrationTest {

  private static final String OWNER_PASSWORD = "owner-Quiet-Lantern-1";
  private static final String APP_PASSWORD = "app-Quiet-Lantern-2";
  private static final String PASSWORD = "Quiet-Harbour-Lantern-42";
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private static EmbeddedPostgres postgres;
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startPostgres() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("create role steward_owner login password '" + OWNER_PASSWORD + "'");
      s.execute("create role steward_app login password '" + APP_PASSWORD + "'");
    }
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void sharesScheduledWorkRateLimitsAndSignIns() throws Exception {
    String database = newDatabase();
    try (var a = start(database, "a", "steward.auth.requests-per-minute=30");
        var b = start(database, "b", "steward.auth.requests-per-minute=30")) {

      // Scheduled work: 40 executions due now, both schedulers polling; each runs exactly once.
      try (Connection c = superuser(database);
          var insert =
              c.prepareStatement(
                  "insert into scheduled_tasks (task_name, task_instance, execution_time, picked, version)"
                      + " values ('two-instance-probe', ?, now(), false, 1)")) {
        for (int i = 0; i < 40; i++) {
          insert.setString(1, "probe-" + i);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      waitUntil(() -> ProbeTask.RUNS.size() >= 40, Duration.ofSeconds(90));
      Thread.sleep(1_000); // a second run, were there one, would show up by now
      Map<String, Long> runsPerExecution =
          ProbeTask.RUNS.stream()
              .collect(Collectors.groupingBy(ProbeTask.Run::execution, Collectors.counting()));
      assertThat(runsPerExecution).hasSize(40);
      assertThat(runsPerExecution.values()).containsOnly(1L);
      try (Connection c = superuser(database);
          var rows =
              c.createStatement()
                  .executeQuery(
                      "select task_name, count(*) from scheduled_tasks group by task_name"
                          + " having count(*) > 1 and task_name <> 'two-instance-probe'")) {
        assertThat(rows.next()).as("each recurring task is registered once").isFalse();
      }

      var firm = newFirm(a);
      String limited = newUser(a, firm.id());
      String traveller = newUser(a, firm.id());

      // One budget of 30 requests a minute, whichever instance answers (sign-ins count apart).
      var instances = List.of(a, b);
      String token = signIn(a, firm.subdomain(), limited).accessToken();
      for (int i = 1; i <= 30; i++) {
        var answer = get(instances.get(i % 2), "/api/contacts?size=1", token);
        assertThat(answer.statusCode()).as("request %d", i).isEqualTo(200);
        assertThat(answer.headers().firstValue("RateLimit-Remaining")).hasValue("" + (30 - i));
      }
      assertThat(get(a, "/api/contacts?size=1", token).statusCode()).isEqualTo(429);
      assertThat(get(b, "/api/contacts?size=1", token).statusCode()).isEqualTo(429);

      // A sign-in on A works on B; B rotates its refresh token, A then refuses the old one; a
      // sign-out on B ends the access token on A within the revocation cache's few seconds.
      var session = signIn(a, firm.subdomain(), traveller);
      var me = get(b, "/api/auth/me", session.accessToken());
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains(traveller);
      var refreshed = post(b, "/api/auth/refresh", null, refreshBody(session.refreshToken()));
      assertThat(refreshed.statusCode()).isEqualTo(200);
      String rotated = JsonPath.read(refreshed.body(), "$.refreshToken");
      String newAccess = JsonPath.read(refreshed.body(), "$.accessToken");
      assertThat(get(a, "/api/auth/me", newAccess).statusCode()).isEqualTo(200);
      assertThat(
              post(a, "/api/auth/refresh", null, refreshBody(session.refreshToken())).statusCode())
          .as("a refresh token already used on B is refused on A")
          .isEqualTo(401);
      var out = post(b, "/api/auth/logout", newAccess, refreshBody(rotated));
      assertThat(out.statusCode()).isEqualTo(204);
      waitUntil(
          () -> get(a, "/api/auth/me", newAccess).statusCode() == 401, Duration.ofSeconds(15));
    }
  }

  @Test
  void aRollingRestartLosesNoAcceptedRequest() throws Exception {
    String database = newDatabase();
    var a = start(database, "a", "steward.auth.requests-per-minute=1000000");
    var b = start(database, "b", "steward.auth.requests-per-minute=1000000");
    var firm = newFirm(a);
    String token = signIn(a, firm.subdomain(), newUser(a, firm.id())).accessToken();

    // A load balancer's view: the instances it sends to, each tried in turn; a connection refused
    // was never accepted and goes to the next one.
    List<Integer> pool = new CopyOnWriteArrayList<>(List.of(port(a), port(b)));
    var running = new AtomicBoolean(true);
    var next = new AtomicInteger();
    Queue<String> created = new ConcurrentLinkedQueue<>();
    Queue<String> lost = new ConcurrentLinkedQueue<>();
    var refusedAtConnect = new AtomicInteger();
    Queue<String> resetUnanswered = new ConcurrentLinkedQueue<>();
    List<Thread> clients = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      var client =
          new Thread(
              () -> {
                while (running.get()) {
                  String name = "Roll" + UUID.randomUUID().toString().substring(0, 12);
                  int target = pool.get(Math.floorMod(next.getAndIncrement(), pool.size()));
                  try {
                    int status = createContact(target, token, name);
                    if (status == 201) {
                      created.add(name);
                    } else {
                      lost.add(name + ": HTTP " + status);
                    }
                  } catch (ConnectException refused) {
                    refusedAtConnect.incrementAndGet();
                  } catch (IOException e) {
                    // A connection the kernel queued but the stopping instance never took is reset:
                    // like a refused one, unless the instance did take it (then it is stored, and
                    // the check below that only answered requests are stored fails).
                    resetUnanswered.add(name);
                  }
                }
              });
      client.start();
      clients.add(client);
    }
    try {
      Thread.sleep(3_000);
      // Restart A while it is still in the pool: it finishes what it took, takes nothing new.
      a.close();
      var restarted = start(database, "a2", "steward.auth.requests-per-minute=1000000");
      pool.add(port(restarted));
      pool.remove(Integer.valueOf(port(a)));
      Thread.sleep(3_000);
      b.close();
      pool.remove(Integer.valueOf(port(b)));
      Thread.sleep(2_000);
      running.set(false);
      for (var client : clients) {
        client.join();
      }
      try (Connection c = superuser(database);
          var rows =
              c.createStatement()
                  .executeQuery("select first_name from contacts where first_name like 'Roll%'")) {
        Set<String> stored = ConcurrentHashMap.newKeySet();
        while (rows.next()) {
          stored.add(rows.getString(1));
        }
        System.out.printf(
            "Rolling restart: %d contacts created, %d connections refused (sent on), %d reset"
                + " before the instance took them, %d lost%n",
            created.size(), refusedAtConnect.get(), resetUnanswered.size(), lost.size());
        assertThat(lost).as("requests answered with a failure").isEmpty();
        assertThat(resetUnanswered)
            .as("a request reset without an answer was never taken by the instance")
            .filteredOn(stored::contains)
            .isEmpty();
        assertThat(refusedAtConnect.get()).as("the restarts happened under load").isPositive();
        assertThat(created.size()).isGreaterThan(50);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(created);
      } finally {
        restarted.close();
      }
    } finally {
      running.set(false);
      a.close();
      b.close();
    }
  }

  // --- instances

  private static ConfigurableApplicationContext start(
      String database, String name, String... more) {
    var args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--steward.instance-name-for-test=" + name,
                "--steward.jobs.polling-interval=200ms",
                "--steward.auth.secure-cookies=false",
                "--logging.level.root=WARN",
                "--steward.db.url=jdbc:postgresql://localhost:"
                    + postgres.getPort()
                    + "/"
                    + database,
                "--steward.db.user=steward_app",
                "--steward.db.password=" + APP_PASSWORD,
                "--steward.db.migration-user=steward_owner",
                "--steward.db.migration-password=" + OWNER_PASSWORD,
                "--steward.encryption-key=" + KEY));
    for (String setting : more) {
      args.add("--" + setting);
    }
    return new SpringApplicationBuilder(StewardApplication.class, ProbeTask.class)
        .run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  private static String newDatabase() throws SQLException {
    String name = "steward_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        var s = c.createStatement()) {
      s.execute("create database " + name + " owner steward_owner");
    }
    return name;
  }

  private static Connection superuser(String database) throws SQLException {
    return postgres.getDatabase("postgres", database).getConnection();
  }

  record Firm(UUID id, String subdomain) {}

  private static Firm newFirm(ConfigurableApplicationContext context) {
    String subdomain = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    UUID id = context.getBean(Tenants.class).create("Two instances " + subdomain, subdomain).id();
    return new Firm(id, subdomain);
  }

  private static String newUser(ConfigurableApplicationContext context, UUID firm) {
    String email = "user-" + UUID.randomUUID() + "@example.com";
    CurrentTenant.runAs(
        firm,
        () -> context.getBean(Users.class).createLocal(email, "Test user", Role.USER, PASSWORD));
    return email;
  }

  record Session(String accessToken, String refreshToken) {}

  private static Session signIn(ConfigurableApplicationContext context, String firm, String email)
      throws Exception {
    var answer =
        post(
            context,
            "/api/auth/login",
            null,
            """
            {"email":"%s","password":"%s","firm":"%s"}"""
                .formatted(email, PASSWORD, firm));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new Session(
        JsonPath.read(answer.body(), "$.accessToken"),
        JsonPath.read(answer.body(), "$.refreshToken"));
  }

  private static String refreshBody(String refreshToken) {
    return "{\"refreshToken\":\"" + refreshToken + "\"}";
  }

  private static HttpResponse<String> get(
      ConfigurableApplicationContext context, String path, String token) {
    var request = HttpRequest.newBuilder(uri(context, path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  private static HttpResponse<String> post(
      ConfigurableApplicationContext context, String path, String token, String json) {
    var request =
        HttpRequest.newBuilder(uri(context, path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return send(request);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(ConfigurableApplicationContext context, String path) {
    return URI.create("http://127.0.0.1:" + port(context) + path);
  }

  /** One request on a connection of its own, as a load balancer forwards it. */
  private static int createContact(int port, String token, String firstName) throws IOException {
    var connection =
        (HttpURLConnection)
            URI.create("http://127.0.0.1:" + port + "/api/contacts").toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setRequestProperty("Connection", "close");
    connection.setRequestProperty("Authorization", "Bearer " + token);
    connection.setRequestProperty("Content-Type", "application/json");
    connection.setConnectTimeout(5_000);
    connection.setReadTimeout(60_000);
    connection.setDoOutput(true);
    try (var body = connection.getOutputStream()) {
      body.write(
          ("{\"type\":\"individual\",\"firstName\":\"" + firstName + "\"}")
              .getBytes(StandardCharsets.UTF_8));
    }
    int status = connection.getResponseCode();
    connection.disconnect();
    return status;
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, Duration within)
      throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", within).isLessThan(end);
      Thread.sleep(200);
    }
  }

  /** A one-time task that records which instance ran which execution. */
  @Configuration(proxyBeanMethods = false)
  static class ProbeTask {

    record Run(String instance, String execution) {}

    static final Queue<Run> RUNS = new ConcurrentLinkedQueue<>();

    @Bean
    OneTimeTask<Void> twoInstanceProbe(
        @Value("${steward.instance-name-for-test}") String instanceName) {
      return Tasks.oneTime("two-instance-probe")
          .execute(
              (execution, context) -> {
                RUNS.add(new Run(instanceName, execution.getId()));
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
    }
  }
}
