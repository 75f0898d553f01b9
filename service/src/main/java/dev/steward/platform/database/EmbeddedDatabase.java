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
import org.postgresql.PGConnection;
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
        postgres = startWithPasswords(pgData, ephemeral, port, superuserPassword, passwords.file());
      } else {
        socketDir = DataFolderFiles.privateSocketDirectory();
        postgres =
            startAndSetSuperuserPassword(pgData, ephemeral, port, superuserPassword, socketDir);
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

  /** The usual start: the passwords are set, and pg_hba.conf requires them of every connection. */
  private static EmbeddedPostgres startWithPasswords(
      Path pgData, boolean ephemeral, int port, String superuserPassword, Path passwordFile)
      throws IOException {
    try {
      return EmbeddedPostgresLauncher.startPostgres(
          pgData,
          ephemeral,
          port,
          builder ->
              builder
                  .setServerConfig("unix_socket_directories", "''")
                  .setConnectConfig("password", superuserPassword)
                  .setDataDirectoryCustomizer(
                      dir -> writeClientAuthentication(dir.toPath(), true)));
    } catch (IOException e) {
      // Given up on, PostgreSQL may still run; it would hold the data directory until this JVM
      // exits.
      DataFolderFiles.stopLeftoverPostmaster(pgData);
      if (causedByPasswordFailure(e)) {
        throw new IllegalStateException(
            "The embedded database refused the superuser's password from "
                + passwordFile
                + ". Put back the file that belongs to this data folder, or delete it: Steward then "
                + "sets new passwords at the next start.",
            e);
      }
      throw e;
    }
  }

  /**
   * The first start of a data folder (or the first since its password file was deleted): PostgreSQL
   * listens on TCP with passwords required and on a Unix socket in an owner-only directory, where
   * the superuser alone gets in without one. Through that socket the superuser gets its password;
   * then pg_hba.conf requires passwords everywhere.
   */
  private static EmbeddedPostgres startAndSetSuperuserPassword(
      Path pgData, boolean ephemeral, int port, String superuserPassword, Path socketDir)
      throws IOException, SQLException {
    EmbeddedPostgres postgres;
    try {
      postgres =
          EmbeddedPostgresLauncher.startPostgres(
              pgData,
              ephemeral,
              port,
              builder ->
                  builder
                      .setServerConfig("unix_socket_directories", "'" + socketDir + "'")
                      .setConnectConfig("socketFactory", UnixSocketFactory.class.getName())
                      .setConnectConfig("socketFactoryArg", socketDir.toString())
                      .setConnectConfig("sslmode", "disable")
                      .setConnectConfig("gssEncMode", "disable")
                      .setDataDirectoryCustomizer(
                          dir -> writeClientAuthentication(dir.toPath(), false)));
    } catch (IOException e) {
      DataFolderFiles.stopLeftoverPostmaster(pgData);
      throw e;
    }
    try {
      try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
        connection
            .unwrap(PGConnection.class)
            .alterUserPassword(
                EmbeddedPostgresLauncher.SUPERUSER,
                superuserPassword.toCharArray(),
                PostgresRoles.SCRAM);
      }
      ClientAuthentication.requirePasswords(pgData);
      try (Connection connection =
              PostgresRoles.superuserConnection(postgres, "postgres", superuserPassword);
          var statement = connection.createStatement()) {
        statement.execute("select pg_reload_conf()");
      }
      log.info("The embedded PostgreSQL now requires a password of every connection");
      return postgres;
    } catch (IOException | SQLException | RuntimeException e) {
      stopQuietly(postgres, null, null);
      throw e;
    }
  }

  private static void writeClientAuthentication(Path pgData, boolean passwordsSet) {
    try {
      if (passwordsSet) {
        ClientAuthentication.requirePasswords(pgData);
      } else {
        ClientAuthentication.setUp(pgData);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write " + pgData.resolve(ClientAuthentication.FILE_NAME), e);
    }
  }

  private static boolean causedByPasswordFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
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

  private static void stopQuietly(EmbeddedPostgres postgres, Path socketDir, FileChannel channel) {
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
