package dev.steward.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

  @TempDir Path dataDir;

  @Test
  void keepsItsDataAcrossARestart() throws Exception {
    var first = EmbeddedDatabase.open(dataDir, false, 0);
    try {
      execute(first, "create table kept (note text)", "insert into kept values ('still here')");
    } finally {
      first.destroy();
    }

    var second = EmbeddedDatabase.open(dataDir, false, 0);
    try {
      assertThat(queryNote(second)).isEqualTo("still here");
    } finally {
      second.destroy();
    }
  }

  @Test
  void refusesASecondInstanceOnTheSameDataFolder() {
    var first = EmbeddedDatabase.open(dataDir, false, 0);
    try {
      assertThatThrownBy(() -> EmbeddedDatabase.open(dataDir, false, 0))
          .isInstanceOf(DataFolderInUseException.class)
          .hasMessageContaining("Another Steward is already running on the data folder " + dataDir);
    } finally {
      first.destroy();
    }
  }

  @Test
  void refusesWhileAnotherProcessHoldsTheFolderThenRecoversAfterThatProcessIsKilled()
      throws Exception {
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HoldDataFolder.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    try (var output =
        new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = output.readLine()) != null && !line.startsWith(HoldDataFolder.READY)) {
        // skip the database's start-up log
      }
      assertThat(line)
          .as("the other process started its database")
          .startsWith(HoldDataFolder.READY);

      assertThatThrownBy(() -> EmbeddedDatabase.open(dataDir, false, 0))
          .isInstanceOf(DataFolderInUseException.class);

      // kill -9 leaves the other process's postmaster running on the folder
      other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } finally {
      other.destroyForcibly();
    }

    var recovered = EmbeddedDatabase.open(dataDir, false, 0);
    try {
      assertThat(queryNote(recovered)).isEqualTo("written before the kill");
    } finally {
      recovered.destroy();
    }
  }

  private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
    try (var connection =
            DriverManager.getConnection(
                database.jdbcUrl(), "postgres", database.superuserPassword());
        var statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static String queryNote(EmbeddedDatabase database) throws SQLException {
    try (var connection =
            DriverManager.getConnection(
                database.jdbcUrl(), "postgres", database.superuserPassword());
        var rows = connection.createStatement().executeQuery("select note from kept")) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  /** Another process that holds a data folder until it is killed. */
  public static final class HoldDataFolder {

    static final String READY = "READY";

    public static void main(String[] args) throws Exception {
      var database = EmbeddedDatabase.open(Path.of(args[0]), false, 0);
      execute(
          database,
          "create table kept (note text)",
          "insert into kept values ('written before the kill')");
      System.out.println(READY);
      System.out.flush();
      Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }
  }
}
