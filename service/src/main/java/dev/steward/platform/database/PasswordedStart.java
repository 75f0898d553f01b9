package dev.steward.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two ways {@link EmbeddedDatabase} starts PostgreSQL with passwords required: the usual start,
 * and the first start of a data folder, which sets the superuser's password.
 */
final class PasswordedStart {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private PasswordedStart() {}

  /** The usual start: the passwords are set, and pg_hba.conf requires them of every connection. */
  static EmbeddedPostgres startWithPasswords(
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
  static EmbeddedPostgres startAndSetSuperuserPassword(
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
      EmbeddedDatabase.stopQuietly(postgres, null, null);
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
}
