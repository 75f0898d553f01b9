package dev.steward.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.postgresql.PGConnection;

/** The database and the roles inside the embedded PostgreSQL, set up at every start. */
final class PostgresRoles {

  static final String SCRAM = "scram-sha-256";

  private PostgresRoles() {}

  static Connection superuserConnection(EmbeddedPostgres postgres, String database, String password)
      throws SQLException {
    return postgres
        .getDatabase(
            EmbeddedPostgresLauncher.SUPERUSER,
            database,
            Map.of("password", password, "sslmode", "disable", "gssEncMode", "disable"))
        .getConnection();
  }

  static void createDatabaseIfMissing(Connection connection) throws SQLException {
    try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
      exists.setString(1, EmbeddedPostgresLauncher.DATABASE);
      try (var rows = exists.executeQuery()) {
        if (!rows.next()) {
          try (var create = connection.createStatement()) {
            create.execute("create database " + EmbeddedPostgresLauncher.DATABASE);
          }
        }
      }
    }
  }

  /**
   * Creates the service's role if missing (an ordinary login role, as the first migration would)
   * and sets its password from the password file, at every start, so that the two always agree. The
   * password is sent as a SCRAM verifier computed here, never in clear text.
   */
  static void setAppRolePassword(Connection connection, String appRole, String password)
      throws SQLException {
    try (var exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
      exists.setString(1, appRole);
      try (var rows = exists.executeQuery()) {
        if (!rows.next()) {
          try (var create = connection.createStatement()) {
            create.execute("create role \"" + appRole.replace("\"", "\"\"") + "\" login");
          }
        }
      }
    }
    connection.unwrap(PGConnection.class).alterUserPassword(appRole, password.toCharArray(), SCRAM);
  }
}
