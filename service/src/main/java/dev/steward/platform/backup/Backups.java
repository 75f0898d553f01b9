package dev.steward.platform.backup;

import dev.steward.platform.DataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Backs up the embedded database into the backup folder (owner-only, files 0600) and removes
 * backups older than {@link BackupSettings#keep()}, always keeping the newest. The encryption key
 * is never put in a backup.
 */
@Component
public class Backups {

  static final String PREFIX = "steward-backup-";
  static final String SUFFIX = ".zip";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Logger log = LoggerFactory.getLogger(Backups.class);

  private final BackupSettings settings;
  private final Environment environment;
  private final Clock clock;

  @Autowired
  Backups(BackupSettings settings, Environment environment) {
    this(settings, environment, Clock.systemUTC());
  }

  Backups(BackupSettings settings, Environment environment, Clock clock) {
    this.settings = settings;
    this.environment = environment;
    this.clock = clock;
  }

  /** Whether this service backs up its database: the embedded one only, unless turned off. */
  public boolean enabled() {
    return settings.enabled()
        && environment.getProperty("steward.db.embedded", Boolean.class, false);
  }

  /** The folder backups go into. */
  public Path folder() {
    if (settings.dir() != null) {
      return settings.dir();
    }
    return DataFolder.of(environment).resolve("backups");
  }

  /** Takes a backup now, then removes the expired ones. */
  public Path backUpNow() {
    Path folder = folder();
    try {
      Files.createDirectories(folder);
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      Path file = folder.resolve(PREFIX + STAMP.format(clock.instant()) + SUFFIX);
      Path partial =
          Files.createTempFile(
              folder,
              PREFIX,
              ".part",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (var connection =
          DriverManager.getConnection(
              environment.getRequiredProperty("spring.flyway.url"),
              environment.getRequiredProperty("spring.flyway.user"),
              environment.getRequiredProperty("spring.flyway.password"))) {
        var manifest = StewardArchive.write(connection, partial);
        Files.move(
            partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        long rows = manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum();
        log.info(
            "Backed up the database ({} tables, {} rows, schema version {}) to {}",
            manifest.tables().size(),
            rows,
            manifest.schemaVersion(),
            file);
      } finally {
        Files.deleteIfExists(partial);
      }
      removeExpired(folder);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write a backup into " + folder + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not back up the database: " + e.getMessage(), e);
    }
  }

  /** The backups in the folder, newest first. */
  public List<Path> list() {
    Path folder = folder();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (var files = Files.list(folder)) {
      return files
          .filter(Backups::isBackup)
          .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void removeExpired(Path folder) throws IOException {
    var oldestKept = FileTime.from(clock.instant().minus(settings.keep()));
    List<Path> backups = list();
    for (Path file : backups.subList(Math.min(1, backups.size()), backups.size())) {
      if (Files.getLastModifiedTime(file).compareTo(oldestKept) < 0) {
        Files.delete(file);
        log.info("Removed the backup {}, older than {}", file, settings.keep());
      }
    }
  }

  private static boolean isBackup(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
  }

  Optional<Path> newest() {
    return list().stream().findFirst();
  }
}
