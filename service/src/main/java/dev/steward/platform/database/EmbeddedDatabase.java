package dev.steward.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A running embedded PostgreSQL and the lock that gives this process sole use of its data folder.
 */
public final class EmbeddedDatabase implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final Path dataDir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final EmbeddedPostgres postgres;
  private final DatabasePasswords passwords;
  private final String appRole;
  private final Path socketDir;
  private boolean closed;

  private EmbeddedDatabase(
      Path dataDir,
      FileChannel lockChannel,
      FileLock lock,
      EmbeddedPostgres postgres,
      DatabasePasswords passwords,
      String appRole,
      Path socketDir) {
    this.dataDir = dataDir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.postgres = postgres;
    this.passwords = passwords;
    this.appRole = appRole;
    this.socketDir = socketDir;
  }

  static EmbeddedDatabase open(Path dataDir, boolean ephemeral, int port) {
    return open(dataDir, ephemeral, port, EmbeddedPostgresLauncher.DEFAULT_APP_ROLE);
  }

  /**
   * Locks the data folder, clears a postmaster left behind by a killed process, then starts
   * PostgreSQL with a password required of every connection: the superuser's and {@code appRole}'s,
   * kept in the data folder's password file (made at first start). A data folder whose passwords
   * are not set yet (new, made by an earlier Steward that trusted every local connection, or whose
   * password file was deleted) gets them now, through a Unix socket that only the folder's owner
   * can reach, its data untouched.
   *
   * @throws DataFolderInUseException when another process holds the data folder
   */
  static EmbeddedDatabase open(Path dataDir, boolean ephemeral, int port, String appRole) {
    FileChannel channel = null;
    EmbeddedPostgres postgres = null;
    Path socketDir = null;
    try {
      Files.createDirectories(dataDir);
      DataFolderFiles.restrictToOwner(dataDir);
      channel =
          FileChannel.open(
              dataDir.resolve("steward.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = DataFolderFiles.tryLock(channel, dataDir);
      Path pgData = dataDir.resolve("postgres");
      DataFolderFiles.stopLeftoverPostmaster(pgData);
      var passwords =
          DatabasePasswords.readOrCreate(dataDir, EmbeddedPostgresLauncher.SUPERUSER, appRole);
      String superuserPassword = passwords.of(EmbeddedPostgresLauncher.SUPERUSER);
      if (!ephemeral
          && !passwords.isNew(EmbeddedPostgresLauncher.SUPERUSER)
          && ClientAuthentication.passwordsRequired(pgData)) {
        postgres =
            PasswordedStart.startWithPasswords(
                pgData, ephemeral, port, superuserPassword, passwords.file());
      } else {
        socketDir = DataFolderFiles.privateSocketDirectory();
        postgres =
            PasswordedStart.startAndSetSuperuserPassword(
                pgData, ephemeral, port, superuserPassword, socketDir);
      }
      try (Connection connection =
          PostgresRoles.superuserConnection(postgres, "postgres", superuserPassword)) {
        PostgresRoles.createDatabaseIfMissing(connection);
        PostgresRoles.setAppRolePassword(connection, appRole, passwords.of(appRole));
      }
      return new EmbeddedDatabase(dataDir, channel, lock, postgres, passwords, appRole, socketDir);
    } catch (IOException e) {
      stopQuietly(postgres, socketDir, channel);
      throw new UncheckedIOException(
          "Could not start the embedded database in " + dataDir + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      stopQuietly(postgres, socketDir, channel);
      throw new IllegalStateException(
          "Could not start the embedded database in " + dataDir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      stopQuietly(postgres, socketDir, channel);
      throw e;
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:"
        + postgres.getPort()
        + "/"
        + EmbeddedPostgresLauncher.DATABASE;
  }

  String superuserPassword() {
    return passwords.of(EmbeddedPostgresLauncher.SUPERUSER);
  }

  String appRolePassword() {
    return passwords.of(appRole);
  }

  /** The file that holds the passwords of the database's roles (owner-only). */
  public Path passwordFile() {
    return passwords.file();
  }

  /** The port PostgreSQL listens on (loopback only). */
  public int port() {
    return postgres.getPort();
  }

  /** The data folder this process holds. */
  public Path dataDir() {
    return dataDir;
  }

  @Override
  public synchronized void destroy() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      postgres.close();
      log.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
    } finally {
      DataFolderFiles.deleteSocketDirectory(socketDir);
      try {
        lock.release();
      } catch (IOException e) {
        log.debug("Releasing the data folder lock failed", e);
      }
      DataFolderFiles.closeQuietly(lockChannel);
    }
  }

  static void stopQuietly(EmbeddedPostgres postgres, Path socketDir, FileChannel channel) {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException | RuntimeException e) {
        log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
      }
    }
    DataFolderFiles.deleteSocketDirectory(socketDir);
    DataFolderFiles.closeQuietly(channel);
  }
}
