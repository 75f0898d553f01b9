package dev.steward.platform.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.StewardApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An external PostgreSQL (Debian's server): {@code infra/backup/steward-pg-backup}, as the systemd
 * timer runs it, dumps it with {@code pg_dump -Fc} as a backup role with {@code BYPASSRLS}; the
 * database is dropped and made anew, empty, and {@code steward.jar restore} puts back every row of
 * every table. A restore while Steward is connected, or over data without {@code --force}, is
 * refused.
 */
class ExternalBackupRestoreIntegrationTest {

  private static final String OWNER_PASSWORD = "owner-Quiet-Lantern-1";
  private static final String APP_PASSWORD = "app-Quiet-Lantern-2";
  private static final String BACKUP_PASSWORD = "backup-Quiet-Lantern-3";

  @TempDir Path folder;

  @Test
  void theTimersPgDumpIsRestoredWholeIntoAnEmptyDatabase() throws Exception {
    DebianPostgres.serverBinaries();
    try (var postgres = DebianPostgres.start(folder)) {
      postgres.execute(
          "postgres",
          "create role steward_owner login password '" + OWNER_PASSWORD + "'",
          "create role steward_app login password '" + APP_PASSWORD + "'",
          "create role steward_backup login bypassrls password '" + BACKUP_PASSWORD + "'",
          "grant pg_read_all_data to steward_backup",
          "create database steward owner steward_owner");
      List<String> settings = settings(postgres);
      try (var service = start(settings)) {
        assertThat(service.getBean(Backups.class).enabled())
            .as("the service leaves an external database alone")
            .isFalse();
      }
      DatabaseSnapshot taken;
      try (var connection = postgres.superuser("steward")) {
        taken = DatabaseSnapshot.of(connection);
      }
      assertThat(taken.rows()).isGreaterThan(500);

      Path backups = folder.resolve("backups");
      var backup =
          new ProcessBuilder("sh", Path.of("../infra/backup/steward-pg-backup").toString());
      backup
          .environment()
          .putAll(
              java.util.Map.of(
                  "PGHOST",
                  "localhost",
                  "PGPORT",
                  String.valueOf(postgres.port()),
                  "PGDATABASE",
                  "steward",
                  "PGUSER",
                  "steward_backup",
                  "PGPASSWORD",
                  BACKUP_PASSWORD,
                  "STEWARD_BACKUP_DIR",
                  backups.toString(),
                  "STEWARD_BACKUP_PG_DUMP",
                  postgres.bin().resolve("pg_dump").toString()));
      assertThat(DebianPostgres.run(backup)).contains("Backed up steward to");
      Path dump;
      try (var files = Files.list(backups)) {
        dump = files.filter(file -> file.toString().endsWith(".dump")).findFirst().orElseThrow();
      }
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups)))
          .isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dump)))
          .isEqualTo("rw-------");

      var overData = restore(dump, settings);
      assertThat(overData.status()).isEqualTo(RestoreCommand.REFUSED);
      assertThat(overData.output()).contains("already holds Steward's data").contains("--force");

      try (var service = start(settings)) {
        var live = restore(dump, settings, "--force");
        assertThat(live.status()).isEqualTo(RestoreCommand.REFUSED);
        assertThat(live.output()).contains("other connection(s)").contains("Nothing was changed");
      }

      postgres.execute(
          "postgres", "drop database steward", "create database steward owner steward_owner");
      var restored = restore(dump, settings);
      assertThat(restored.status()).as(restored.output()).isEqualTo(RestoreCommand.RESTORED);
      assertThat(restored.output()).contains("pg_restore --list");
      try (var connection = postgres.superuser("steward")) {
        assertThat(DatabaseSnapshot.of(connection)).isEqualTo(taken);
      }
      try (var service = start(settings)) {
        try (var connection = postgres.superuser("steward")) {
          assertThat(DatabaseSnapshot.of(connection).tables().get("contacts"))
              .isEqualTo(taken.tables().get("contacts"));
        }
      }
    }
  }

  private static List<String> settings(DebianPostgres postgres) {
    return List.of(
        "--steward.db.url=" + postgres.url("steward"),
        "--steward.db.user=steward_app",
        "--steward.db.password=" + APP_PASSWORD,
        "--steward.db.migration-user=steward_owner",
        "--steward.db.migration-password=" + OWNER_PASSWORD,
        "--steward.encryption-key=" + Base64.getEncoder().encodeToString(new byte[32]));
  }

  private static ConfigurableApplicationContext start(List<String> settings) {
    return new SpringApplicationBuilder(StewardApplication.class)
        .properties("server.port=0", "steward.demo=true", "steward.jobs.enabled=false")
        .run(settings.toArray(String[]::new));
  }

  record Outcome(int status, String output) {}

  private static Outcome restore(Path backup, List<String> settings, String... more) {
    var output = new ByteArrayOutputStream();
    var command = new RestoreCommand(new PrintStream(output, true, StandardCharsets.UTF_8));
    String[] args =
        Stream.of(Stream.of("restore", backup.toString()), settings.stream(), Stream.of(more))
            .flatMap(s -> s)
            .toArray(String[]::new);
    int status = command.execute(args);
    return new Outcome(status, output.toString(StandardCharsets.UTF_8));
  }
}
