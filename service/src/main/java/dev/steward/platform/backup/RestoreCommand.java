package dev.steward.platform.backup;

import dev.steward.platform.DataFolder;
import dev.steward.platform.database.DataFolderInUseException;
import dev.steward.platform.database.EmbeddedPostgresLauncher;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.StringUtils;

/**
 * {@code java -jar steward.jar restore FILE [--force]}: puts a backup back into the configured
 * database (the embedded one in the data folder, or {@code STEWARD_DB_URL}). It reads the same
 * settings as the service, but starts none of it: only the embedded database, whose folder lock
 * refuses a restore while Steward runs on it. The backup is checked whole before the database is
 * touched, and a database that holds Steward's tables already is replaced only with {@code
 * --force}. Steward's own backups (the embedded database's) are restored as a superuser; a {@code
 * pg_dump -Fc} archive (an external database's) through {@code pg_restore}.
 */
public final class RestoreCommand {

  /** The word that selects this command as the jar's first argument. */
  public static final String NAME = "restore";

  static final int RESTORED = 0;
  static final int REFUSED = 1;
  static final int USAGE = 2;

  private final PrintStream out;

  RestoreCommand(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the command with the jar's arguments (the first being {@value #NAME}) and returns the exit
   * status.
   */
  public static int run(String[] args) {
    return new RestoreCommand(System.out).execute(args);
  }

  int execute(String[] args) {
    List<String> springArgs = new ArrayList<>();
    Path file = null;
    boolean force = false;
    for (String arg : Arrays.asList(args).subList(1, args.length)) {
      if (arg.equals("--force")) {
        force = true;
      } else if (arg.startsWith("--")) {
        springArgs.add(arg);
      } else if (file == null) {
        file = Path.of(arg);
      } else {
        return usage("Give one backup file, not several.");
      }
    }
    if (file == null) {
      return usage("Name the backup file to restore.");
    }
    if (!Files.isReadable(file)) {
      out.println("Cannot read " + file + ".");
      return REFUSED;
    }
    Format format;
    try {
      format = Format.of(file);
    } catch (IOException e) {
      out.println("Cannot read " + file + ": " + e.getMessage());
      return REFUSED;
    }
    if (format == null) {
      out.println(
          file
              + " is neither a Steward backup nor a pg_dump archive (pg_dump -Fc). Nothing was changed.");
      return REFUSED;
    }
    try {
      BackupManifest manifest = null;
      if (format == Format.STEWARD) {
        manifest = StewardArchive.verify(file);
        out.println(
            "Checked "
                + file
                + ": "
                + manifest.tables().size()
                + " tables, taken "
                + manifest.takenAt()
                + ", schema version "
                + manifest.schemaVersion()
                + ".");
      }
      try (var context = settingsOnly(springArgs)) {
        var target = Target.of(context.getEnvironment());
        if (format == Format.PG_DUMP) {
          PgRestore.check(target, file, out);
        }
        try (Connection connection = target.connect()) {
          String refusal = refusal(connection, force);
          if (refusal != null) {
            out.println(refusal + " Nothing was changed.");
            return REFUSED;
          }
          if (force) {
            clear(connection);
          }
        }
        if (format == Format.STEWARD) {
          restoreSteward(target, file, manifest);
        } else {
          PgRestore.restore(target, file, out);
        }
        warnAboutKey(context.getEnvironment());
        out.println(
            "Restored "
                + file
                + ". Start Steward as usual; it migrates the schema forward if need be.");
        return RESTORED;
      }
    } catch (InvalidBackupException e) {
      out.println(e.getMessage() + " Nothing was changed.");
      return REFUSED;
    } catch (RuntimeException e) {
      DataFolderInUseException inUse = causeOf(e, DataFolderInUseException.class);
      if (inUse != null) {
        out.println(
            "Refused: "
                + inUse.getMessage().replace("Another Steward is", "Steward is")
                + " Nothing was changed.");
        return REFUSED;
      }
      out.println("The restore failed: " + messageOf(e));
      return REFUSED;
    } catch (SQLException | IOException e) {
      out.println("The restore failed: " + e.getMessage());
      return REFUSED;
    }
  }

  /**
   * Why the restore must not go on, or {@code null}. A role without {@code pg_read_all_stats} sees
   * other roles' sessions without their type, so those count as clients unless they have no user
   * (the server's own workers).
   */
  private static String refusal(Connection connection, boolean force) {
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
   * Everything in the {@code public} schema goes; the schema is made afresh, owned by the restoring
   * role.
   */
  private void clear(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("drop schema if exists public cascade");
      statement.execute("create schema public");
    }
    out.println("Removed the data that was in the database (--force).");
  }

  private void restoreSteward(Target target, Path file, BackupManifest manifest)
      throws SQLException, IOException {
    try (Connection connection = target.connect()) {
      boolean superuser =
          JdbcClient.create(new SingleConnectionDataSource(connection, true))
              .sql("select rolsuper from pg_roles where rolname = current_user")
              .query(Boolean.class)
              .single();
      if (!superuser) {
        throw new InvalidBackupException(
            "A Steward backup is restored as a superuser, and "
                + target.user()
                + " is not one (set STEWARD_DB_MIGRATION_USER to a superuser for the restore).");
      }
    }
    Flyway.configure()
        .dataSource(target.url(), target.user(), target.password())
        .placeholders(Map.of("appRole", target.appRole()))
        .target(manifest.schemaVersion())
        .load()
        .migrate();
    try (Connection connection = target.connect()) {
      long rows = StewardArchive.load(connection, file, manifest);
      out.println("Loaded " + rows + " rows into " + manifest.tables().size() + " tables.");
    }
  }

  private void warnAboutKey(Environment environment) {
    if (StringUtils.hasText(environment.getProperty("steward.encryption-key"))) {
      return;
    }
    if (environment.getProperty("steward.db.embedded", Boolean.class, false)) {
      Path key = DataFolder.of(environment).resolve("encryption.key");
      if (!Files.exists(key)) {
        out.println(
            "WARNING: "
                + key
                + " is missing. Backups never hold the encryption key: put back the copy you "
                + "kept apart (or set STEWARD_ENCRYPTION_KEY) before starting Steward, or everyone's two-step sign-in "
                + "is lost.");
      }
    }
  }

  /**
   * The settings and, with no external database, the embedded database in the data folder; nothing
   * else.
   */
  static ConfigurableApplicationContext settingsOnly(List<String> args) {
    return new SpringApplicationBuilder(SettingsOnly.class)
        .web(WebApplicationType.NONE)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .registerShutdownHook(false)
        .run(args.toArray(String[]::new));
  }

  private int usage(String problem) {
    out.println(problem);
    out.println("Usage: java -jar steward.jar restore FILE [--force]");
    out.println("  FILE     a Steward backup (steward-backup-*.zip) or a pg_dump -Fc archive");
    out.println("  --force  replace the data the database holds now");
    return USAGE;
  }

  private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static String messageOf(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e
        ? String.valueOf(e.getMessage())
        : e.getMessage() + " (" + root.getMessage() + ")";
  }

  /** What a backup file is, by its first bytes. */
  enum Format {
    STEWARD,
    PG_DUMP;

    static Format of(Path file) throws IOException {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(5);
      }
      if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        return STEWARD;
      }
      if (head.length == 5
          && new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("PGDMP")) {
        return PG_DUMP;
      }
      return null;
    }
  }

  /** The database restored into, as the role that owns the schema (the migrations' role). */
  record Target(String url, String user, String password, String appRole) {

    static Target of(Environment environment) {
      String url = environment.getProperty("spring.flyway.url");
      if (!StringUtils.hasText(url)) {
        url = environment.getRequiredProperty("spring.datasource.url");
      }
      return new Target(
          url,
          environment.getProperty("spring.flyway.user", ""),
          environment.getProperty("spring.flyway.password", ""),
          EmbeddedPostgresLauncher.appRole(environment));
    }

    Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class SettingsOnly {}
}
