package dev.steward.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's folders on disk: the data folder kept to its owner and locked by one
 * process, a postmaster left running by a killed one stopped, and the private directory of the Unix
 * socket used while passwords are set.
 */
final class DataFolderFiles {

  private static final Logger log = LoggerFactory.getLogger(DataFolderFiles.class);

  /** The longest path of a Unix socket (sun_path holds 108 bytes with the terminating zero). */
  private static final int MAX_SOCKET_PATH = 107;

  private DataFolderFiles() {}

  /**
   * A new directory for the Unix socket used while passwords are set, that no one but this
   * process's user can enter. In the temporary folder, since a socket's path must be short; the
   * data folder may be deep.
   */
  static Path privateSocketDirectory() throws IOException {
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

  /**
   * PostgreSQL removes its socket when it stops; what is left is the empty directory, or a stale
   * file or two.
   */
  static void deleteSocketDirectory(Path socketDir) {
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

  static FileLock tryLock(FileChannel channel, Path dataDir) throws IOException {
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
  static void stopLeftoverPostmaster(Path pgData) throws IOException {
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

  static void restrictToOwner(Path dir) {
    try {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException | IOException e) {
      log.debug("Could not restrict permissions of {}", dir, e);
    }
  }

  static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // already failing; the original error is the one to report
      }
    }
  }
}
