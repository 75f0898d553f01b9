package dev.steward.spreadsheets;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.core.env.Environment;

/**
 * A connection to the embedded database as PostgreSQL's superuser, which row-level security does
 * not bind: what it counts is what the database holds, not what one firm's transaction may see.
 */
final class Superuser {

  private Superuser() {}

  static Connection connect(Environment environment) throws SQLException {
    return DriverManager.getConnection(
        environment.getProperty("spring.flyway.url"),
        environment.getProperty("spring.flyway.user"),
        environment.getProperty("spring.flyway.password", ""));
  }

  /** The firm's import jobs, raw rows, staged rows and contacts. */
  static List<Long> importsOf(Connection connection, UUID firm) throws SQLException {
    try (var counts =
        connection.prepareStatement(
            """
        select (select count(*) from import_jobs where tenant_id = ?), (select count(*) from import_rows where tenant_id = ?),
          (select count(*) from import_staging where tenant_id = ?), (select count(*) from contacts where tenant_id = ?)""")) {
      for (int i = 1; i <= 4; i++) {
        counts.setObject(i, firm);
      }
      try (var row = counts.executeQuery()) {
        row.next();
        return List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
      }
    }
  }

  static long databaseSize(Connection connection) throws SQLException {
    try (var size =
        connection.createStatement().executeQuery("select pg_database_size(current_database())")) {
      size.next();
      return size.getLong(1);
    }
  }
}
