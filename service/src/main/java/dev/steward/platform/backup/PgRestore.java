package dev.steward.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Restores a {@code pg_dump -Fc} archive, an external database's backup, with the machine's {@code
 * pg_restore} ({@code STEWARD_BACKUP_PG_RESTORE} names another): checked first with {@code
 * pg_restore --list}, then restored in one transaction that stops at the first error, its objects
 * owned by the restoring role.
 */
final class PgRestore {

  private PgRestore() {}

  static void check(RestoreTarget target, Path file, PrintStream out) throws IOException {
    var result = run(List.of(binary(), "--list", file.toString()), target);
    if (result.status() != 0) {
      throw new InvalidBackupException(
          file + " is not a readable pg_dump archive: " + result.output().strip());
    }
    long entries =
        result.output().lines().filter(line -> !line.startsWith(";") && !line.isBlank()).count();
    out.println("Checked " + file + " with pg_restore --list: " + entries + " entries.");
  }

  static void restore(RestoreTarget target, Path file, PrintStream out) throws IOException {
    var result =
        run(
            List.of(
                binary(),
                "--no-owner",
                "--single-transaction",
                "--exit-on-error",
                "--dbname",
                libpqUri(target.url()),
                "--username",
                target.user(),
                file.toString()),
            target);
    if (result.status() != 0) {
      throw new IllegalStateException(
          "pg_restore stopped, and rolled back what it had done: " + result.output().strip());
    }
    out.println("pg_restore restored " + file + ".");
  }

  /**
   * {@code jdbc:postgresql://host:port/db?sslmode=require} as libpq reads it; JDBC-only parameters
   * are left out.
   */
  static String libpqUri(String jdbcUrl) {
    String uri = jdbcUrl.replaceFirst("^jdbc:", "");
    int query = uri.indexOf('?');
    if (query < 0) {
      return uri;
    }
    List<String> kept = new ArrayList<>();
    for (String parameter : uri.substring(query + 1).split("&")) {
      if (parameter.startsWith("sslmode=") || parameter.startsWith("sslrootcert=")) {
        kept.add(parameter);
      }
    }
    return uri.substring(0, query) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
  }

  private static String binary() {
    String configured = System.getenv("STEWARD_BACKUP_PG_RESTORE");
    return configured == null || configured.isBlank() ? "pg_restore" : configured;
  }

  private record Result(int status, String output) {}

  private static Result run(List<String> command, RestoreTarget target) throws IOException {
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", target.password());
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new InvalidBackupException(
          "Could not run "
              + command.get(0)
              + " ("
              + e.getMessage()
              + "): install "
              + "PostgreSQL's client tools of the server's version, or name the program in STEWARD_BACKUP_PG_RESTORE.");
    }
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(6, TimeUnit.HOURS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("Interrupted while " + command.get(0) + " ran", e);
    }
    return new Result(process.exitValue(), output);
  }
}
