package dev.steward.identity.credentials;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds the AES-256 key that protects stored secrets: from {@code steward.encryption-key}, or, with the embedded
 * database only, from {@code encryption.key} in the data folder, created on first start.
 */
final class EncryptionKey {

  static final String FILE_NAME = "encryption.key";
  static final int LENGTH = 32;

  private static final String GENERATE_HINT = "Generate one with: openssl rand -base64 32";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private EncryptionKey() {}

  static SecretKey resolve(String configuredKey, boolean embeddedDatabase, Path dataDir) {
    if (configuredKey != null && !configuredKey.isBlank()) {
      return decode(configuredKey, "STEWARD_ENCRYPTION_KEY (steward.encryption-key)");
    }
    if (!embeddedDatabase) {
      throw new IllegalStateException(
          "STEWARD_ENCRYPTION_KEY is required with an external database: set it to the base64 of 32 random bytes "
              + "and keep a copy with your backups, since stored secrets cannot be read without it. "
              + GENERATE_HINT);
    }
    return readOrCreate(dataDir.resolve(FILE_NAME));
  }

  private static SecretKey readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      requireOwnerOnly(file);
      return decode(Files.readString(file, StandardCharsets.US_ASCII), "The key file " + file);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read or create the encryption key file " + file + ": " + e, e);
    }
  }

  /**
   * Writes the key to a private temporary file, then links it into place: the link fails if another process got
   * there first, so a key that is in use is never replaced, and no one ever reads a half-written file. The key is
   * stored in base64 so an operator can move it into STEWARD_ENCRYPTION_KEY when switching to an external database.
   */
  private static void create(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    var key = new byte[LENGTH];
    new SecureRandom().nextBytes(key);
    byte[] content = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
    Path temporary =
        posix(dir)
            ? Files.createTempFile(dir, ".encryption-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : Files.createTempFile(dir, ".encryption-", ".tmp");
    try {
      try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(content));
        channel.force(true);
      }
      Files.createLink(file, temporary);
    } catch (FileAlreadyExistsException raced) {
      // Another instance created the key first; the caller reads theirs.
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void requireOwnerOnly(Path file) throws IOException {
    if (!posix(file)) {
      return;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    permissions.removeAll(OWNER_ONLY);
    permissions.remove(PosixFilePermission.OWNER_EXECUTE);
    if (!permissions.isEmpty()) {
      throw new IllegalStateException(
          "The encryption key file " + file + " can be read or changed by other users ("
              + PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
              + "). Restrict it to its owner with: chmod 600 " + file);
    }
  }

  private static SecretKey decode(String base64, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(source + " is not valid base64. " + GENERATE_HINT);
    }
    if (key.length != LENGTH) {
      throw new IllegalStateException(
          source + " must hold the base64 of exactly " + LENGTH + " bytes, but it decodes to " + key.length
              + " bytes. " + GENERATE_HINT);
    }
    return new SecretKeySpec(key, "AES");
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
