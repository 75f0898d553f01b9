package dev.steward.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A running embedded PostgreSQL and the lock that gives this process sole use of its data folder.
 */
public final class EmbeddedDatabase implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private static final String SCRAM = "scram-sha-256";

  /** The longest path of a Unix socket (sun_path holds 108 bytes with the terminating zero). */
  private static final int MAX_SOCKET_PATH = 107;

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
    return open(dataDir, ephemeral, port, "steward_app");
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
      restrictToOwner(dataDir);
      channel =
          FileChannel.open(
              dataDir.resolve("steward.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel, dataDir);
      Path pgData = dataDir.resolve("postgres");
      stopLeftoverPostmaster(pgData);
      var passwords =
          DatabasePasswords.readOrCreate(dataDir, EmbeddedPostgresLauncher.SUPERUSER, appRole);
      String superuserPassword = passwords.of(EmbeddedPostgresLauncher.SUPERUSER);
      if (!ephemeral
          && !passwords.isNew(EmbeddedPostgresLauncher.SUPERUSER)
          && ClientAuthentication.passwordsRequired(pgData)) {
        postgres = startWithPasswords(pgData, ephemeral, port, superuserPassword, passwords.file());
      } else {
        socketDir = privateSocketDirectory();
        postgres =
            startAndSetSuperuserPassword(pgData, ephemeral, port, superuserPassword, socketDir);
      }
      try (Connection connection = superuserConnection(postgres, "postgres", superuserPassword)) {
        createDatabaseIfMissing(connection);
        setAppRolePassword(connection, appRole, passwords.of(appRole));
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
      stopLeftoverPostmaster(pgData);
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
      stopLeftoverPostmaster(pgData);
      throw e;
    }
    try {
      try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
        connection
            .unwrap(PGConnection.class)
            .alterUserPassword(
                EmbeddedPostgresLauncher.SUPERUSER, superuserPassword.toCharArray(), SCRAM);
      }
      ClientAuthentication.requirePasswords(pgData);
      try (Connection connection = superuserConnection(postgres, "postgres", superuserPassword);
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

  static Connection superuserConnection(EmbeddedPostgres postgres, String database, String password)
      throws SQLException {
    return postgres
        .getDatabase(
            EmbeddedPostgresLauncher.SUPERUSER,
            database,
            Map.of("password", password, "sslmode", "disable", "gssEncMode", "disable"))
        .getConnection();
  }

  private static void createDatabaseIfMissing(Connection connection) throws SQLException {
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
  private static void setAppRolePassword(Connection connection, String appRole, String password)
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

  private static boolean causedByPasswordFailure(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "28P01".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A new directory for the Unix socket used while passwords are set, that no one but this
   * process's user can enter. In the temporary folder, since a socket's path must be short; the
   * data folder may be deep.
   */
  private static Path privateSocketDirectory() throws IOException {
    Path base = Path.of(System.getProperty("java.io.tmpdir"));
    if (!base.toString().matches("[A-Za-z0-9/._-]+")) {
      base = Path.of("/tmp");
    }
    Path dir =
        Files.createTempDirectory(
            base,
            "steward-pg-",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    if ((dir + "/.s.PGSQL.65535.lock").length() > MAX_SOCKET_PATH) {
      Files.delete(dir);
      throw new IOException("The temporary folder's path is too long for a Unix socket: " + dir);
    }
    return dir;
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
      deleteSocketDirectory(socketDir);
      try {
        lock.release();
      } catch (IOException e) {
        log.debug("Releasing the data folder lock failed", e);
      }
      closeQuietly(lockChannel);
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
    deleteSocketDirectory(socketDir);
    closeQuietly(channel);
  }

  /**
   * PostgreSQL removes its socket when it stops; what is left is the empty directory, or a stale
   * file or two.
   */
  private static void deleteSocketDirectory(Path socketDir) {
    if (socketDir == null) {
      return;
    }
    try (var files = Files.list(socketDir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(socketDir);
    } catch (IOException e) {
      log.debug("Could not remove the socket directory {}", socketDir, e);
    }
  }

  private static FileLock tryLock(FileChannel channel, Path dataDir) throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      throw new DataFolderInUseException(dataDir);
    }
    return lock;
  }

  /**
   * A JVM killed with -9 leaves its postmaster running. We hold the folder lock, so no live Steward
   * owns it: stop it.
   */
  private static void stopLeftoverPostmaster(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.isEmpty()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).trim());
    } catch (NumberFormatException e) {
      return;
    }
    var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    boolean isPostgres =
        process
            .flatMap(p -> p.info().command())
            .map(command -> command.endsWith("postgres"))
            .orElse(false);
    if (process.isEmpty() || !isPostgres) {
      return;
    }
    log.warn(
        "Stopping PostgreSQL (pid {}) left running by an earlier Steward that did not shut down",
        pid);
    var postmaster = process.get();
    postmaster.destroy();
    try {
      postmaster.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      postmaster.destroyForcibly();
    }
  }

  private static void restrictToOwner(Path dir) {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException | IOException e) {
      log.debug("Could not restrict permissions of {}", dir, e);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // already failing; the original error is the one to report
      }
    }
  }
}
