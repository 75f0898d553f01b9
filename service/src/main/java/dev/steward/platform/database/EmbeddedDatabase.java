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
import java.util.List;
import java.util.concurrent.TimeUnit;
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
  private boolean closed;

  private EmbeddedDatabase(Path dataDir, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
    this.dataDir = dataDir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.postgres = postgres;
  }

  /**
   * Locks the data folder, clears a postmaster left behind by a killed process, then starts PostgreSQL.
   *
   * @throws DataFolderInUseException when another process holds the data folder
   */
  static EmbeddedDatabase open(Path dataDir, boolean ephemeral, int port) {
    FileChannel channel = null;
    try {
      Files.createDirectories(dataDir);
      restrictToOwner(dataDir);
      channel = FileChannel.open(dataDir.resolve("steward.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel, dataDir);
      Path pgData = dataDir.resolve("postgres");
      stopLeftoverPostmaster(pgData);
      var postgres = EmbeddedPostgresLauncher.startPostgres(pgData, ephemeral, port);
      EmbeddedPostgresLauncher.createDatabaseIfMissing(postgres);
      return new EmbeddedDatabase(dataDir, channel, lock, postgres);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("Could not start the embedded database in " + dataDir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + EmbeddedPostgresLauncher.DATABASE;
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
      try {
        lock.release();
      } catch (IOException e) {
        log.debug("Releasing the data folder lock failed", e);
      }
      closeQuietly(lockChannel);
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
   * A JVM killed with -9 leaves its postmaster running. We hold the folder lock, so no live Steward owns it: stop it.
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
        process.flatMap(p -> p.info().command()).map(command -> command.endsWith("postgres")).orElse(false);
    if (process.isEmpty() || !isPostgres) {
      return;
    }
    log.warn("Stopping PostgreSQL (pid {}) left running by an earlier Steward that did not shut down", pid);
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
