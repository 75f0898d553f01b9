package dev.steward.platform.backup;

import dev.steward.platform.database.EmbeddedPostgresLauncher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.StringUtils;

/**
 * The database a restore goes into, as the role that owns the schema (the migrations' role): when
 * it may be restored into, and how a Steward backup is loaded into it.
 */
record RestoreTarget(String url, String user, String password, String appRole) {

  static RestoreTarget of(Environment environment) {
    String url = environment.getProperty("spring.flyway.url");
    if (!StringUtils.hasText(url)) {
      url = environment.getRequiredProperty("spring.datasource.url");
    }
    return new RestoreTarget(
        url,
        environment.getProperty("spring.flyway.user", ""),
        environment.getProperty("spring.flyway.password", ""),
        EmbeddedPostgresLauncher.appRole(environment));
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /**
   * Why the restore must not go on, or {@code null}. A role without {@code pg_read_all_stats} sees
   * other roles' sessions without their type, so those count as clients unless they have no user
   * (the server's own workers).
   */
  static String refusal(Connection connection, boolean force) {
    var sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    int others =
        sql.sql(
                """
        select count(*) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()
          and (backend_type = 'client backend' or (backend_type is null and usename is not null))""")
            .query(Integer.class)
            .single();
    if (others > 0) {
      return "Refused: "
          + others
          + " other connection(s) to the database are open, so Steward (or someone) is "
          + "using it. Stop every Steward instance on it first.";
    }
    int tables =
        sql.sql("select count(*) from pg_tables where schemaname = 'public'")
            .query(Integer.class)
            .single();
    if (tables > 0 && !force) {
      return "Refused: the database already holds Steward's data ("
          + tables
          + " tables). To replace it with the "
          + "backup, run the restore again with --force.";
    }
    return null;
  }

  /**
   * Loads a checked Steward backup: the schema is migrated to the backup's version, then its rows
   * are loaded.
   */
  void loadStewardBackup(Path file, BackupManifest manifest, PrintStream out)
      throws SQLException, IOException {
    try (Connection connection = connect()) {
      boolean superuser =
          JdbcClient.create(new SingleConnectionDataSource(connection, true))
              .sql("select rolsuper from pg_roles where rolname = current_user")
              .query(Boolean.class)
              .single();
      if (!superuser) {
        throw new InvalidBackupException(
            "A Steward backup is restored as a superuser, and "
                + user
                + " is not one (set STEWARD_DB_MIGRATION_USER to a superuser for the restore).");
      }
    }
    Flyway.configure()
        .dataSource(url, user, password)
        .placeholders(Map.of("appRole", appRole))
        .target(manifest.schemaVersion())
        .load()
        .migrate();
    try (Connection connection = connect()) {
      long rows = StewardArchive.load(connection, file, manifest);
      out.println("Loaded " + rows + " rows into " + manifest.tables().size() + " tables.");
    }
  }
}
