package dev.steward.platform.backup;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server from Debian's packages ({@code /usr/lib/postgresql/<version>/bin}), run in a
 * folder of its own, standing in for an operator's external database. As root it runs as the {@code
 * postgres} user, since PostgreSQL refuses to run as root. Its {@code pg_dump} matches its version,
 * which the embedded PostgreSQL's lacks.
 */
final class DebianPostgres implements AutoCloseable {

  private final Path bin;
  private final Path dataDir;
  private final int port;

  private DebianPostgres(Path bin, Path dataDir, int port) {
    this.bin = bin;
    this.dataDir = dataDir;
    this.port = port;
  }

  /**
   * The newest installed Debian PostgreSQL server; the test is skipped, saying why, where none is
   * installed.
   */
  static Path serverBinaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> versions = Files.list(root)) {
        versions
            .map(version -> version.resolve("bin"))
            .filter(
                dir ->
                    Files.isExecutable(dir.resolve("initdb"))
                        && Files.isExecutable(dir.resolve("pg_dump")))
            .forEach(found::add);
      }
    }
    assumeTrue(
        !found.isEmpty(),
        "Debian's PostgreSQL server is not installed (apt-get install postgresql; "
            + ".ci/run installs it): the external-database backup test needs its initdb and pg_dump");
    return found.stream()
        .max(
            Comparator.comparingInt(
                dir ->
                    Integer.parseInt(
                        dir.getParent().getFileName().toString().replaceAll("\\D", ""))))
        .orElseThrow();
  }

  static DebianPostgres start(Path folder) throws IOException, InterruptedException {
    Path bin = serverBinaries();
    Path dataDir = Files.createTempDirectory(folder, "pg");
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    if (isRoot()) {
      run(List.of("chown", "-R", "postgres:postgres", dataDir.toString()));
      run(List.of("chmod", "o+x", folder.toString()));
    }
    run(
        asServerUser(
            List.of(
                bin.resolve("initdb").toString(),
                "-D",
                dataDir.resolve("data").toString(),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C.UTF-8")));
    run(
        asServerUser(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                dataDir.resolve("data").toString(),
                "-w",
                "-l",
                dataDir.resolve("log").toString(),
                "-o",
                "-p " + port + " -k " + dataDir + " -c listen_addresses=localhost",
                "start")));
    return new DebianPostgres(bin, dataDir, port);
  }

  int port() {
    return port;
  }

  Path bin() {
    return bin;
  }

  String url(String database) {
    return "jdbc:postgresql://localhost:" + port + "/" + database;
  }

  Connection superuser(String database) throws SQLException {
    return DriverManager.getConnection(url(database), "postgres", "");
  }

  void execute(String database, String... statements) throws SQLException {
    try (var connection = superuser(database);
        var statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    run(
        asServerUser(
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                dataDir.resolve("data").toString(),
                "-m",
                "fast",
                "-w",
                "stop")));
  }

  private static List<String> asServerUser(List<String> command) {
    if (!isRoot()) {
      return command;
    }
    var asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
    asPostgres.addAll(command);
    return asPostgres;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  static String run(List<String> command) throws IOException, InterruptedException {
    return run(new ProcessBuilder(command));
  }

  static String run(ProcessBuilder builder) throws IOException, InterruptedException {
    var process = builder.redirectErrorStream(true).start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", builder.command()) + " failed: " + output);
    }
    return output;
  }
}
