package dev.steward.platform.backup;

import dev.steward.platform.DataFolder;
import dev.steward.platform.database.DataFolderInUseException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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
    BackupFormat format;
    try {
      format = BackupFormat.of(file);
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
      if (format == BackupFormat.STEWARD) {
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
        var target = RestoreTarget.of(context.getEnvironment());
        if (format == BackupFormat.PG_DUMP) {
          PgRestore.check(target, file, out);
        }
        try (Connection connection = target.connect()) {
          String refusal = RestoreTarget.refusal(connection, force);
          if (refusal != null) {
            out.println(refusal + " Nothing was changed.");
            return REFUSED;
          }
          if (force) {
            clear(connection);
          }
        }
        if (format == BackupFormat.STEWARD) {
          target.loadStewardBackup(file, manifest, out);
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

  @Configuration(proxyBeanMethods = false)
  static class SettingsOnly {}
}
