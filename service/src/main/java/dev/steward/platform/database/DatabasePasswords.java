package dev.steward.platform.database;

import dev.steward.platform.SecretFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL's roles, kept in the data folder in the format of a
 * PostgreSQL password file (one {@code *:*:*:role:password} line per role), readable and writable
 * by its owner only (0600). A role that has no line yet gets a new random password (32 bytes from
 * {@link SecureRandom}, base64url), so the first start creates the file. Being a password file, it
 * also lets an operator reach the database with PostgreSQL's own tools: {@code PGPASSFILE=<file>
 * psql -h localhost -p <port> -U postgres steward}.
 */
final class DatabasePasswords {

  static final String FILE_NAME = "postgres.pgpass";

  private static final int PASSWORD_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final Map<String, String> byRole;
  private final Set<String> made;

  private DatabasePasswords(Path file, Map<String, String> byRole, Set<String> made) {
    this.file = file;
    this.byRole = byRole;
    this.made = made;
  }

  /**
   * Reads the password file in {@code dataDir}, adding a new password for each of {@code roles}
   * that has none (and creating the file on first start).
   *
   * @throws IllegalStateException when the file can be read or changed by anyone but its owner
   */
  static DatabasePasswords readOrCreate(Path dataDir, String... roles) throws IOException {
    Path file = dataDir.resolve(FILE_NAME);
    var byRole = new LinkedHashMap<String, String>();
    if (Files.exists(file)) {
      SecretFiles.requireOwnerOnly(file, "The database password file");
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        List<String> fields = fields(line);
        if (fields.size() == 5 && !fields.get(4).isEmpty()) {
          byRole.putIfAbsent(fields.get(3), fields.get(4));
        }
      }
    }
    Set<String> made = new HashSet<>();
    for (String role : roles) {
      if (!byRole.containsKey(role)) {
        byRole.put(role, newPassword());
        made.add(role);
      }
    }
    if (!made.isEmpty()) {
      write(file, byRole);
    }
    return new DatabasePasswords(file, byRole, made);
  }

  /** Whether this start made the role's password, so that the database does not know it yet. */
  boolean isNew(String role) {
    return made.contains(role);
  }

  String of(String role) {
    String password = byRole.get(role);
    if (password == null) {
      throw new IllegalArgumentException("No password for the role " + role + " in " + file);
    }
    return password;
  }

  Path file() {
    return file;
  }

  private static String newPassword() {
    var bytes = new byte[PASSWORD_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Writes the whole file at once, never readable by others, not even for a moment. */
  private static void write(Path file, Map<String, String> byRole) throws IOException {
    var content =
        new StringBuilder()
            .append(
                "# Passwords of the embedded PostgreSQL's roles, made by Steward. Keep this file private (mode 0600).\n")
            .append(
                "# A PostgreSQL password file: PGPASSFILE=<this file> psql -h localhost -p <port> -U postgres steward\n")
            .append("# Deleted, it is made anew with new passwords at the next start.\n");
    byRole.forEach(
        (role, password) ->
            content
                .append("*:*:*:")
                .append(escape(role))
                .append(':')
                .append(escape(password))
                .append('\n'));
    SecretFiles.replace(file, content.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The colon-separated fields of a password file line, with {@code \:} and {@code \\} unescaped.
   */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    if (line.isBlank() || line.startsWith("#")) {
      return fields;
    }
    var field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        field.append(line.charAt(++i));
      } else if (c == ':') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace(":", "\\:");
  }
}
