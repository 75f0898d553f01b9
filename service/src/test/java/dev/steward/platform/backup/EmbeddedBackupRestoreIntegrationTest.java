package dev.steward.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.StewardApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default, as an operator meets it: the service backs up a firm's data into the data
 * folder; the restore command refuses while the service runs, refuses a damaged file and a database
 * that holds data (without {@code --force}), and puts back every table's rows, exactly, into a data
 * folder whose database was lost.
 */
class EmbeddedBackupRestoreIntegrationTest {

  @TempDir Path folder;

  @Test
  void backsUpRefusesOverLiveDataAndRestoresEveryRowAfterTheDatabaseIsLost() throws Exception {
    Path dataDir = folder.resolve("data");
    Path backup;
    DatabaseSnapshot taken;
    try (var service = start(dataDir)) {
      backup = service.getBean(Backups.class).backUpNow();
      taken = snapshot(dataDir, service);

      assertThat(backup.getParent()).isEqualTo(dataDir.resolve("backups"));
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.getParent())))
          .isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
          .isEqualTo("rw-------");
      try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
        assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
            .noneMatch(name -> name.contains("key"));
      }
      assertThat(taken.tables()).hasSizeGreaterThan(20);
      assertThat(taken.rows()).isGreaterThan(500);

      var live = restore(backup, dataDir, "--force");
      assertThat(live.status()).isEqualTo(RestoreCommand.REFUSED);
      assertThat(live.output())
          .contains("Steward is already running on the data folder")
          .contains("Nothing was changed");
    }

    var nonEmpty = restore(backup, dataDir);
    assertThat(nonEmpty.status()).isEqualTo(RestoreCommand.REFUSED);
    assertThat(nonEmpty.output()).contains("already holds Steward's data").contains("--force");
    assertThat(snapshot(dataDir)).isEqualTo(taken);

    Path damaged = folder.resolve("damaged.zip");
    byte[] bytes = Files.readAllBytes(backup);
    bytes[bytes.length / 3] ^= 0x5a;
    Files.write(damaged, bytes);
    var refused = restore(damaged, dataDir, "--force");
    assertThat(refused.status()).isEqualTo(RestoreCommand.REFUSED);
    assertThat(refused.output()).contains("damaged").contains("Nothing was changed");

    FileSystemUtils.deleteRecursively(dataDir.resolve("postgres"));
    var restored = restore(backup, dataDir);
    assertThat(restored.status()).as(restored.output()).isEqualTo(RestoreCommand.RESTORED);
    assertThat(snapshot(dataDir)).isEqualTo(taken);

    try (var service = start(dataDir)) {
      // The service runs on the restored data (each start re-issues the first admin's one-time
      // password, audited).
      assertThat(snapshot(dataDir, service).tables().get("contacts"))
          .isEqualTo(taken.tables().get("contacts"));
    }
    var forced = restore(backup, dataDir, "--force");
    assertThat(forced.status()).as(forced.output()).isEqualTo(RestoreCommand.RESTORED);
    assertThat(forced.output()).contains("--force");
    var after = snapshot(dataDir);
    assertThat(after.tables().keySet()).isEqualTo(taken.tables().keySet());
    // What the service wrote when it started again (the audit log, the admin's one-time password)
    // is taken back.
    assertThat(after).isEqualTo(taken);
  }

  @Test
  void keepsAWeekOfBackupsAndAlwaysTheNewest() throws Exception {
    Path dataDir = folder.resolve("data");
    try (var service = start(dataDir)) {
      var backups = service.getBean(Backups.class);
      Path old = backups.backUpNow();
      Files.setLastModifiedTime(
          old,
          java.nio.file.attribute.FileTime.from(
              java.time.Instant.now().minus(java.time.Duration.ofDays(8))));
      Path recent = backups.folder().resolve(Backups.PREFIX + "20000101T000000Z" + Backups.SUFFIX);
      Files.copy(old, recent);
      Thread.sleep(1100);
      Path newest = backups.backUpNow();

      assertThat(backups.list()).containsExactly(newest, recent);
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(StewardApplication.class)
        .properties(
            "server.port=0",
            "steward.data-dir=" + dataDir,
            "steward.demo=true",
            "steward.jobs.enabled=false")
        .run();
  }

  private static DatabaseSnapshot snapshot(Path dataDir) throws Exception {
    try (var settings = RestoreCommand.settingsOnly(List.of("--steward.data-dir=" + dataDir))) {
      return snapshot(dataDir, settings);
    }
  }

  private static DatabaseSnapshot snapshot(Path dataDir, ConfigurableApplicationContext context)
      throws Exception {
    try (var connection = RestoreTarget.of(context.getEnvironment()).connect()) {
      return DatabaseSnapshot.of(connection);
    }
  }

  record Outcome(int status, String output) {}

  private static Outcome restore(Path backup, Path dataDir, String... more) {
    var output = new ByteArrayOutputStream();
    var command = new RestoreCommand(new PrintStream(output, true, StandardCharsets.UTF_8));
    String[] args =
        Stream.concat(
                Stream.of("restore", backup.toString(), "--steward.data-dir=" + dataDir),
                Stream.of(more))
            .toArray(String[]::new);
    int status = command.execute(args);
    return new Outcome(status, output.toString(StandardCharsets.UTF_8));
  }
}
