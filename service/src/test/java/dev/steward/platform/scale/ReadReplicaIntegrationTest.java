package dev.steward.platform.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import dev.steward.StewardApplication;
import dev.steward.identity.Role;
import dev.steward.identity.Users;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.Tenants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Steward on a Debian PostgreSQL 15 primary with {@code STEWARD_DB_READ_URL} at a streaming replica
 * made by {@code pg_basebackup -R}. The proof that reports read the replica: with the replica's
 * replay paused, contacts and campaign members added on the primary are missing from the
 * dashboard's figures and from the campaign workbook (a read of the primary would count them), and
 * appear once replay resumes. With the replica stopped, reports fall back to the primary and
 * readiness says so.
 */
class ReadReplicaIntegrationTest {

  private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  private static final String OWNER_PASSWORD = "owner-Replica-Lantern-1";
  private static final String APP_PASSWORD = "app-Replica-Lantern-2";
  private static final String PASSWORD = "Quiet-Replica-Lantern-42";
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static Path folder;
  private static Server primary;
  private static Server replica;

  record Server(Path data, int port) {
    String url(String database) {
      return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection superuser(String database) throws SQLException {
      return DriverManager.getConnection(url(database), "postgres", "");
    }
  }

  @BeforeAll
  static void startPrimaryAndReplica() throws Exception {
    assumeTrue(
        Files.isExecutable(BIN.resolve("initdb"))
            && Files.isExecutable(BIN.resolve("pg_basebackup")),
        "Debian's PostgreSQL 15 is not installed (apt-get install postgresql-15): the replica test"
            + " needs its initdb, pg_ctl and pg_basebackup");
    folder = Files.createTempDirectory("steward-replica");
    if (isRoot()) {
      run("chown", "postgres:postgres", folder.toString());
    }
    primary = new Server(folder.resolve("primary"), freePort());
    asServerUser(
        BIN.resolve("initdb").toString(),
        "-D",
        primary.data().toString(),
        "-A",
        "trust",
        "-U",
        "postgres",
        "-E",
        "UTF8",
        "--locale=C.UTF-8");
    pgCtlStart(primary, "-c wal_level=replica -c max_wal_senders=4");
    try (var c = primary.superuser("postgres");
        var s = c.createStatement()) {
      s.execute("create role steward_owner login password '" + OWNER_PASSWORD + "'");
      s.execute("create role steward_app login password '" + APP_PASSWORD + "'");
      s.execute("create database steward owner steward_owner");
    }
    replica = new Server(folder.resolve("replica"), freePort());
    asServerUser(
        BIN.resolve("pg_basebackup").toString(),
        "-h",
        "127.0.0.1",
        "-p",
        "" + primary.port(),
        "-U",
        "postgres",
        "-D",
        replica.data().toString(),
        "-R",
        "-X",
        "stream");
    pgCtlStart(replica, "-c hot_standby=on");
    try (var c = replica.superuser("postgres");
        var s = c.createStatement();
        var rows = s.executeQuery("select pg_is_in_recovery()")) {
      rows.next();
      assertThat(rows.getBoolean(1)).as("the replica is a standby").isTrue();
    }
  }

  @AfterAll
  static void stopServers() throws Exception {
    for (var server : new Server[] {replica, primary}) {
      if (server != null && Files.exists(server.data().resolve("postmaster.pid"))) {
        asServerUser(
            BIN.resolve("pg_ctl").toString(),
            "-D",
            server.data().toString(),
            "-m",
            "immediate",
            "-w",
            "stop");
      }
    }
    if (folder != null) {
      run("rm", "-rf", folder.toString());
    }
  }

  @Test
  void reportsReadTheReplicaAndFallBackToThePrimaryWhenItIsDown() throws Exception {
    try (var steward = start()) {
      var firm = Tenants.class.cast(steward.getBean(Tenants.class));
      String subdomain = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
      UUID firmId = firm.create("Replica firm " + subdomain, subdomain).id();
      String email = "user-" + UUID.randomUUID() + "@example.com";
      CurrentTenant.runAs(
          firmId,
          () ->
              steward
                  .getBean(Users.class)
                  .createLocal(email, "Report reader", Role.USER, PASSWORD));
      String token = signIn(steward, subdomain, email);

      List<String> before = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        before.add(createContact(steward, token, "Before" + i));
      }
      String campaign =
          JsonPath.read(
              postJson(
                  steward,
                  "/api/campaigns",
                  token,
                  "{\"name\":\"Replica letter\",\"channel\":\"email\"}"),
              "$.id");
      addMembers(steward, token, campaign, before);
      waitForReplay();
      assertThat(individuals(steward, token)).isEqualTo(3);
      assertThat(membersInWorkbook(steward, token, campaign)).isEqualTo(3);
      assertThat(readiness(steward)).contains("\"reportsReadFrom\":\"replica\"");

      // The replica stops replaying; what the primary gets now, the replica does not have.
      try (var c = replica.superuser("postgres");
          var s = c.createStatement()) {
        s.execute("select pg_wal_replay_pause()");
      }
      waitUntil(() -> "paused".equals(replayPauseState()), Duration.ofSeconds(30));
      List<String> during = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        during.add(createContact(steward, token, "During" + i));
      }
      addMembers(steward, token, campaign, during);
      assertThat(countOnPrimary(firmId)).as("the primary has the new contacts").isEqualTo(5);
      assertThat(individuals(steward, token))
          .as("the dashboard's figures come from the paused replica, which lacks the two")
          .isEqualTo(3);
      assertThat(membersInWorkbook(steward, token, campaign))
          .as("the campaign workbook is written from the paused replica, which lacks two members")
          .isEqualTo(3);
      var workbook =
          get(
              steward,
              "/api/reports/portfolio.xlsx?from="
                  + LocalDate.now().minusYears(1)
                  + "&to="
                  + LocalDate.now(),
              token,
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(workbook.statusCode())
          .as("a workbook written in the replica's read-only transaction")
          .isEqualTo(200);
      assertThat(new String(workbook.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
      try (var c = replica.superuser("steward");
          var s = c.createStatement();
          var rows =
              s.executeQuery(
                  "select count(*) from pg_stat_activity where usename = 'steward_app'")) {
        rows.next();
        assertThat(rows.getInt(1))
            .as("the service's role is connected to the replica")
            .isPositive();
      }

      try (var c = replica.superuser("postgres");
          var s = c.createStatement()) {
        s.execute("select pg_wal_replay_resume()");
      }
      waitForReplay();
      assertThat(individuals(steward, token)).isEqualTo(5);
      assertThat(membersInWorkbook(steward, token, campaign)).isEqualTo(5);

      // The replica goes down: reports read from the primary, and the instance stays ready.
      asServerUser(
          BIN.resolve("pg_ctl").toString(),
          "-D",
          replica.data().toString(),
          "-m",
          "fast",
          "-w",
          "stop");
      addMembers(steward, token, campaign, List.of(createContact(steward, token, "After")));
      assertThat(individuals(steward, token))
          .as("with the replica down, the figures are the primary's")
          .isEqualTo(6);
      assertThat(membersInWorkbook(steward, token, campaign)).isEqualTo(6);
      var ready =
          send(
              HttpRequest.newBuilder(uri(steward, "/actuator/health/readiness")),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body())
          .contains("\"replica\":\"unreachable\"")
          .contains("\"reportsReadFrom\":\"primary\"");
    }
  }

  // --- Steward

  private static ConfigurableApplicationContext start() {
    var args =
        List.of(
            "--server.port=0",
            "--steward.auth.secure-cookies=false",
            "--steward.jobs.polling-interval=200ms",
            "--logging.level.root=WARN",
            "--steward.db.url=" + primary.url("steward"),
            "--steward.db.read-url=" + replica.url("steward"),
            "--steward.db.user=steward_app",
            "--steward.db.password=" + APP_PASSWORD,
            "--steward.db.migration-user=steward_owner",
            "--steward.db.migration-password=" + OWNER_PASSWORD,
            "--steward.encryption-key=" + KEY);
    return new SpringApplicationBuilder(StewardApplication.class).run(args.toArray(String[]::new));
  }

  private static long individuals(ConfigurableApplicationContext steward, String token) {
    var answer =
        get(steward, "/api/analytics/dashboard", token, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Number count = JsonPath.read(answer.body(), "$.contactsByType.individual");
    return count.longValue();
  }

  private static String readiness(ConfigurableApplicationContext steward) {
    return send(
            HttpRequest.newBuilder(uri(steward, "/actuator/health/readiness")),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private static String signIn(ConfigurableApplicationContext steward, String firm, String email) {
    var answer =
        send(
            HttpRequest.newBuilder(uri(steward, "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"email":"%s","password":"%s","firm":"%s"}"""
                            .formatted(email, PASSWORD, firm))),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JsonPath.read(answer.body(), "$.accessToken");
  }

  private static String createContact(
      ConfigurableApplicationContext steward, String token, String firstName) {
    var answer =
        send(
            HttpRequest.newBuilder(uri(steward, "/api/contacts"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"individual\",\"firstName\":\""
                            + firstName
                            + "\",\"lastName\":\"Replica\"}")),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return JsonPath.read(answer.body(), "$.id");
  }

  private static String postJson(
      ConfigurableApplicationContext steward, String path, String token, String json) {
    var answer =
        send(
            HttpRequest.newBuilder(uri(steward, path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
    return answer.body();
  }

  private static void addMembers(
      ConfigurableApplicationContext steward,
      String token,
      String campaign,
      List<String> contacts) {
    postJson(
        steward,
        "/api/campaigns/" + campaign + "/contacts",
        token,
        "{\"contactIds\":[\"" + String.join("\",\"", contacts) + "\"]}");
  }

  /** The data rows of the campaign workbook's Members table. */
  private static int membersInWorkbook(
      ConfigurableApplicationContext steward, String token, String campaign) throws IOException {
    var answer =
        get(
            steward,
            "/api/reports/campaigns/" + campaign + ".xlsx",
            token,
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).isEqualTo(200);
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
      for (var sheet : book) {
        for (var table : ((XSSFSheet) sheet).getTables()) {
          if (table.getName().equals("Members")) {
            var area = table.getArea();
            return area.getLastCell().getRow() - area.getFirstCell().getRow();
          }
        }
      }
    }
    throw new AssertionError("the workbook has no Members table");
  }

  private static <T> HttpResponse<T> get(
      ConfigurableApplicationContext steward,
      String path,
      String token,
      HttpResponse.BodyHandler<T> body) {
    return send(
        HttpRequest.newBuilder(uri(steward, path)).header("Authorization", "Bearer " + token),
        body);
  }

  private static <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request.build(), body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(ConfigurableApplicationContext steward, String path) {
    int port = ((WebServerApplicationContext) steward).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port + path);
  }

  // --- the two PostgreSQL servers

  private static long countOnPrimary(UUID firm) throws SQLException {
    try (var c = primary.superuser("steward");
        var s = c.prepareStatement("select count(*) from contacts where tenant_id = ?")) {
      s.setObject(1, firm);
      try (var rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** Waits until the replica has replayed everything the primary has written so far. */
  private static void waitForReplay() throws Exception {
    String written;
    try (var c = primary.superuser("postgres");
        var s = c.createStatement();
        var rows = s.executeQuery("select pg_current_wal_lsn()::text")) {
      rows.next();
      written = rows.getString(1);
    }
    waitUntil(
        () -> {
          try (var c = replica.superuser("postgres");
              var s = c.prepareStatement("select pg_last_wal_replay_lsn() >= ?::pg_lsn")) {
            s.setString(1, written);
            try (var rows = s.executeQuery()) {
              rows.next();
              return rows.getBoolean(1);
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        },
        Duration.ofSeconds(30));
  }

  private static String replayPauseState() {
    try (var c = replica.superuser("postgres");
        var s = c.createStatement();
        var rows = s.executeQuery("select pg_get_wal_replay_pause_state()")) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pgCtlStart(Server server, String options) throws Exception {
    asServerUser(
        BIN.resolve("pg_ctl").toString(),
        "-D",
        server.data().toString(),
        "-w",
        "-l",
        server.data() + ".log",
        "-o",
        "-p " + server.port() + " -k " + folder + " -c listen_addresses=127.0.0.1 " + options,
        "start");
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void waitUntil(BooleanSupplier condition, Duration within)
      throws InterruptedException {
    long end = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", within).isLessThan(end);
      Thread.sleep(100);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static void asServerUser(String... command) throws Exception {
    var full = new ArrayList<String>();
    if (isRoot()) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(List.of(command));
    run(full.toArray(String[]::new));
  }

  private static void run(String... command) throws Exception {
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }
}
