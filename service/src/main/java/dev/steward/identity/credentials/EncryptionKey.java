package dev.steward.identity.credentials;

import dev.steward.platform.SecretFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Finds the AES-256 key that protects stored secrets: from {@code steward.encryption-key}, or, with
 * the embedded database only, from {@code encryption.key} in the data folder, created on first
 * start.
 */
final class EncryptionKey {

  static final String FILE_NAME = "encryption.key";
  static final int LENGTH = 32;

  private static final String GENERATE_HINT = "Generate one with: openssl rand -base64 32";

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
      SecretFiles.requireOwnerOnly(file, "The encryption key file");
      return decode(Files.readString(file, StandardCharsets.US_ASCII), "The key file " + file);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not read or create the encryption key file " + file + ": " + e, e);
    }
  }

  /**
   * Writes the key, owner-only and whole, unless another process got there first, so a key that is
   * in use is never replaced. The key is stored in base64 so an operator can move it into
   * STEWARD_ENCRYPTION_KEY when switching to an external database.
   */
  private static void create(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    var key = new byte[LENGTH];
    new SecureRandom().nextBytes(key);
    // Another instance may create the key first; the caller then reads theirs.
    SecretFiles.createIfAbsent(
        file, (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII));
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
          source
              + " must hold the base64 of exactly "
              + LENGTH
              + " bytes, but it decodes to "
              + key.length
              + " bytes. "
              + GENERATE_HINT);
    }
    return new SecretKeySpec(key, "AES");
  }
}
