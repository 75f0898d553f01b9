package dev.steward.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;

/**
 * The embedded PostgreSQL's {@code pg_hba.conf}: who may connect, and how they prove it.
 *
 * <p>Once Steward has set the roles' passwords, every connection, over TCP on the loopback address
 * or over a Unix socket, must give its role's password (SCRAM-SHA-256). Until then ({@link
 * #setUp}), only the superuser may connect without one, and only over a Unix socket in a directory
 * that no one but the data folder's owner can enter; TCP needs a password from the start. A data
 * folder made by an earlier Steward, which trusted every local connection, is turned into the first
 * kind at its next start, through the second.
 */
final class ClientAuthentication {

  static final String FILE_NAME = "pg_hba.conf";

  /** The first line of the file once passwords are set: its presence is what says they are. */
  static final String PASSWORDS_REQUIRED =
      "# Steward: every connection needs its role's password (scram-sha-256).";

  private static final String SETTING_UP =
      "# Steward: setting the roles' passwords; only the superuser, on a private socket, needs none.";
  private static final String NOTE =
      """
      # Written by Steward at every start of the embedded database: changes made here are replaced.
      # The passwords are in the data folder's postgres.pgpass.
      """;

  private ClientAuthentication() {}

  /**
   * Whether the data directory's pg_hba.conf is Steward's, with a password required of every
   * connection.
   */
  static boolean passwordsRequired(Path pgData) throws IOException {
    Path file = pgData.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return !lines.isEmpty() && lines.get(0).equals(PASSWORDS_REQUIRED);
  }

  /** Requires the role's password of every connection. */
  static void requirePasswords(Path pgData) throws IOException {
    write(
        pgData,
        PASSWORDS_REQUIRED
            + "\n"
            + NOTE
            + """
        # TYPE  DATABASE  USER  ADDRESS        METHOD
        local   all       all                  scram-sha-256
        host    all       all   127.0.0.1/32   scram-sha-256
        host    all       all   ::1/128        scram-sha-256
        """);
  }

  /**
   * While the passwords are set: the superuser without a password on the Unix socket (whose
   * directory only the data folder's owner can enter), and every role with its password over TCP.
   */
  static void setUp(Path pgData) throws IOException {
    write(
        pgData,
        SETTING_UP
            + "\n"
            + NOTE
            + """
        # TYPE  DATABASE  USER      ADDRESS        METHOD
        local   all       postgres                 trust
        local   all       all                      scram-sha-256
        host    all       all       127.0.0.1/32   scram-sha-256
        host    all       all       ::1/128        scram-sha-256
        """);
  }

  private static void write(Path pgData, String content) throws IOException {
    Path temporary = pgData.resolve(FILE_NAME + ".steward-tmp");
    Files.deleteIfExists(temporary);
    if (pgData.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          temporary,
          PosixFilePermissions.asFileAttribute(
              EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
    }
    Files.writeString(temporary, content, StandardCharsets.UTF_8);
    Files.move(
        temporary,
        pgData.resolve(FILE_NAME),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
