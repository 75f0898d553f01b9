package dev.steward.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database lets in only those who have its roles' passwords, and old data folders are
 * made so.
 */
class EmbeddedDatabasePasswordTest {

  private static final String APP_ROLE = "steward_app";
  private static final int AUTHENTICATION_OK = 0;
  private static final int AUTHENTICATION_SASL = 10;

  @TempDir Path dataDir;

  @Test
  void refusesConnectionsWithoutThePasswordOrWithAWrongOne() throws Exception {
    var database = EmbeddedDatabase.open(dataDir, false, 0, APP_ROLE);
    try {
      assertRefusedWithoutPassword(database, "postgres");
      assertRefusedWithoutPassword(database, APP_ROLE);
      assertRefusedWithWrongPassword(database, "postgres");
      assertRefusedWithWrongPassword(database, APP_ROLE);

      try (var connection =
          DriverManager.getConnection(database.jdbcUrl(), APP_ROLE, database.appRolePassword())) {
        assertThat(single(connection, "select current_user")).isEqualTo(APP_ROLE);
      }
      try (var connection = superuser(database)) {
        assertThat(single(connection, "show password_encryption")).isEqualTo("scram-sha-256");
        assertThat(single(connection, "show listen_addresses")).isEqualTo("localhost");
        assertThat(column(connection, "select distinct auth_method from pg_hba_file_rules"))
            .containsExactly("scram-sha-256");
        assertThat(
                column(
                    connection,
                    "select rolname || ' ' || left(rolpassword, 14) from pg_authid where rolname in ('postgres', '"
                        + APP_ROLE
                        + "') order by 1"))
            .containsExactly("postgres SCRAM-SHA-256$", APP_ROLE + " SCRAM-SHA-256$");
      }
    } finally {
      database.destroy();
    }
  }

  @Test
  void keepsThePasswordsInAnOwnerOnlyFileAndStartsAgainWithThem() throws Exception {
    var first = EmbeddedDatabase.open(dataDir, false, 0, APP_ROLE);
    String superuserPassword;
    String appPassword;
    try {
      superuserPassword = first.superuserPassword();
      appPassword = first.appRolePassword();
      execute(first, "create table kept (note text)", "insert into kept values ('still here')");
    } finally {
      first.destroy();
    }

    Path file = dataDir.resolve(DatabasePasswords.FILE_NAME);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file))
        .contains(
            "*:*:*:postgres:" + superuserPassword + "\n",
            "*:*:*:" + APP_ROLE + ":" + appPassword + "\n");
    assertThat(superuserPassword).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(appPassword);

    var second = EmbeddedDatabase.open(dataDir, false, 0, APP_ROLE);
    try {
      assertThat(second.superuserPassword()).isEqualTo(superuserPassword);
      assertThat(second.appRolePassword()).isEqualTo(appPassword);
      assertThat(queryNote(second)).isEqualTo("still here");
      assertRefusedWithoutPassword(second, "postgres");
      try (var connection = superuser(second)) {
        // No Unix socket once the passwords are set: TCP on the loopback address only.
        assertThat(single(connection, "show unix_socket_directories")).isEmpty();
      }
    } finally {
      second.destroy();
    }
  }

  @Test
  void refusesToStartWhileOthersCanReadThePasswordFile() throws Exception {
    EmbeddedDatabase.open(dataDir, false, 0, APP_ROLE).destroy();
    Path file = dataDir.resolve(DatabasePasswords.FILE_NAME);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    assertThatThrownBy(() -> EmbeddedDatabase.open(dataDir, false, 0, APP_ROLE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("can be read or changed by other users")
        .hasMessageContaining("chmod 600 " + file);
  }

  @Test
  void convertsADataFolderThatTrustedEveryLocalConnectionAndKeepsItsData() throws Exception {
    Path pgData = dataDir.resolve("postgres");
    startLikeTheEarlierSteward(pgData);
    assertThat(Files.readString(pgData.resolve("pg_hba.conf"))).contains("trust");

    var converted = EmbeddedDatabase.open(dataDir, false, 0, APP_ROLE);
    try {
      assertThat(queryNote(converted)).isEqualTo("written while everyone was trusted");
      assertRefusedWithoutPassword(converted, "postgres");
      assertRefusedWithoutPassword(converted, APP_ROLE);
      assertRefusedWithWrongPassword(converted, "postgres");
      try (var connection =
          DriverManager.getConnection(converted.jdbcUrl(), APP_ROLE, converted.appRolePassword())) {
        assertThat(single(connection, "select current_user")).isEqualTo(APP_ROLE);
      }
    } finally {
      converted.destroy();
    }
    assertThat(Files.readString(pgData.resolve("pg_hba.conf")))
        .startsWith(ClientAuthentication.PASSWORDS_REQUIRED)
        .doesNotContain("trust");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dataDir.resolve(DatabasePasswords.FILE_NAME))))
        .isEqualTo("rw-------");

    var again = EmbeddedDatabase.open(dataDir, false, 0, APP_ROLE);
    try {
      assertThat(queryNote(again)).isEqualTo("written while everyone was trusted");
      assertRefusedWithoutPassword(again, "postgres");
    } finally {
      again.destroy();
    }
  }

  @Test
  void setsNewPasswordsWhenThePasswordFileIsDeleted() throws Exception {
    var first = EmbeddedDatabase.open(dataDir, false, 0, APP_ROLE);
    String oldPassword = first.superuserPassword();
    first.destroy();
    Files.delete(dataDir.resolve(DatabasePasswords.FILE_NAME));

    var second = EmbeddedDatabase.open(dataDir, false, 0, APP_ROLE);
    try {
      assertThat(second.superuserPassword()).isNotEqualTo(oldPassword);
      assertThatThrownBy(
              () -> DriverManager.getConnection(second.jdbcUrl(), "postgres", oldPassword).close())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed");
      try (var connection =
          DriverManager.getConnection(second.jdbcUrl(), APP_ROLE, second.appRolePassword())) {
        assertThat(single(connection, "select current_user")).isEqualTo(APP_ROLE);
      }
    } finally {
      second.destroy();
    }
  }

  /** What Steward did before passwords: zonky's defaults, which trust every local connection. */
  private static void startLikeTheEarlierSteward(Path pgData) throws Exception {
    try (var postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            .setLocaleConfig("encoding", "UTF8")
            .setLocaleConfig("locale", "C.UTF-8")
            .start()) {
      try (var connection = postgres.getPostgresDatabase().getConnection();
          var statement = connection.createStatement()) {
        statement.execute("create database " + EmbeddedPostgresLauncher.DATABASE);
        statement.execute("create role " + APP_ROLE + " login");
      }
      try (var connection =
              DriverManager.getConnection(
                  postgres.getJdbcUrl("postgres", EmbeddedPostgresLauncher.DATABASE));
          var statement = connection.createStatement()) {
        statement.execute("create table kept (note text)");
        statement.execute("insert into kept values ('written while everyone was trusted')");
      }
      assertThat(authenticationRequest(postgres.getPort(), "postgres"))
          .as("the earlier Steward let any local process in as the superuser")
          .isEqualTo(AUTHENTICATION_OK);
    }
  }

  /**
   * The server itself asks for the password (the driver would refuse to send an empty one anyway),
   * and without one the connection fails.
   */
  private static void assertRefusedWithoutPassword(EmbeddedDatabase database, String role)
      throws IOException {
    assertThat(authenticationRequest(database.port(), role))
        .as("what the server asks of %s before letting it in", role)
        .isEqualTo(AUTHENTICATION_SASL);
    assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), role, "").close())
        .as("%s with an empty password", role)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("The server requested SCRAM-based authentication");
    assertThatThrownBy(
            () -> DriverManager.getConnection(database.jdbcUrl() + "?user=" + role).close())
        .as("%s with no password at all", role)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("The server requested SCRAM-based authentication");
  }

  /**
   * Opens a connection the way every client does (a protocol 3.0 startup message on the loopback
   * port) and returns the server's answer: {@link #AUTHENTICATION_OK} when it lets the role in
   * without a password.
   */
  private static int authenticationRequest(int port, String role) throws IOException {
    byte[] parameters =
        ("user\0" + role + "\0database\0" + EmbeddedPostgresLauncher.DATABASE + "\0\0")
            .getBytes(StandardCharsets.UTF_8);
    try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      var out = new DataOutputStream(socket.getOutputStream());
      out.writeInt(8 + parameters.length);
      out.writeInt(196608);
      out.write(parameters);
      out.flush();
      var in = new DataInputStream(socket.getInputStream());
      byte type = in.readByte();
      int length = in.readInt();
      assertThat((char) type).as("an authentication request (R), length %d", length).isEqualTo('R');
      return in.readInt();
    }
  }

  private static void assertRefusedWithWrongPassword(EmbeddedDatabase database, String role) {
    assertThatThrownBy(
            () -> DriverManager.getConnection(database.jdbcUrl(), role, "not-the-password").close())
        .as("%s with a wrong password", role)
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed for user \"" + role + "\"");
  }

  private static Connection superuser(EmbeddedDatabase database) throws SQLException {
    return DriverManager.getConnection(
        database.jdbcUrl(), "postgres", database.superuserPassword());
  }

  private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
    try (var connection = superuser(database);
        var statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private static String queryNote(EmbeddedDatabase database) throws SQLException {
    try (var connection = superuser(database)) {
      return single(connection, "select note from kept");
    }
  }

  private static String single(Connection connection, String sql) throws SQLException {
    List<String> values = column(connection, sql);
    assertThat(values).hasSize(1);
    return values.get(0);
  }

  private static List<String> column(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
