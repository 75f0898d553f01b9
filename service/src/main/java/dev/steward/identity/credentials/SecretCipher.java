package dev.steward.identity.credentials;

import dev.steward.platform.DataFolder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept in the database, such as TOTP seeds, with AES-256-GCM. A message is {@code
 * version (1 byte) || IV (12 random bytes) || ciphertext and 16-byte tag}. Associated data, such as
 * the owning user's id, is authenticated but not stored, so a secret copied to another row no
 * longer decrypts.
 *
 * <p>The key is {@code steward.encryption-key} ({@code STEWARD_ENCRYPTION_KEY}), the base64 of 32
 * bytes. When it is not set and the embedded database runs, the key lives in {@code encryption.key}
 * in the data folder ({@code steward.data-dir}), created with mode 0600 on first start; with an
 * external database the key is required.
 */
@Component
public class SecretCipher {

  static final byte VERSION = 1;
  static final int IV_LENGTH = 12;
  static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final byte[] NO_AAD = new byte[0];

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  @Autowired
  public SecretCipher(
      @Value("${steward.encryption-key:}") String configuredKey,
      @Value("${steward.db.embedded:false}") boolean embeddedDatabase,
      Environment environment) {
    this(configuredKey, embeddedDatabase, DataFolder.of(environment));
  }

  SecretCipher(String configuredKey, boolean embeddedDatabase, Path dataFolder) {
    this.key = EncryptionKey.resolve(configuredKey, embeddedDatabase, dataFolder);
  }

  /**
   * Encrypts a secret.
   *
   * @param plain the secret
   * @param aad data the ciphertext is bound to, such as the owner's id; {@code null} for none
   */
  /**
   * A key for another purpose (such as signing Steward's own access tokens), derived from the
   * installation key with HMAC-SHA256 over the purpose's name, so that one secret is all an
   * operator keeps and no two uses share a key.
   */
  public byte[] deriveKey(String purpose) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      return mac.doFinal(("steward:" + purpose).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  public byte[] encrypt(byte[] plain, byte[] aad) {
    var iv = new byte[IV_LENGTH];
    random.nextBytes(iv);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, aad);
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(1 + IV_LENGTH + sealed.length)
          .put(VERSION)
          .put(iv)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed", e);
    }
  }

  /**
   * Decrypts a message made by {@link #encrypt}, with the same associated data.
   *
   * @throws SecretDecryptionException if the message was altered, or was made with another key or
   *     other associated data
   */
  public byte[] decrypt(byte[] message, byte[] aad) {
    if (message == null || message.length < 1 + IV_LENGTH + TAG_BITS / 8) {
      throw new SecretDecryptionException("The encrypted secret is too short to be valid.");
    }
    if (message[0] != VERSION) {
      throw new SecretDecryptionException(
          "The encrypted secret has an unknown format version " + message[0] + ".");
    }
    byte[] iv = Arrays.copyOfRange(message, 1, 1 + IV_LENGTH);
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, aad);
      return cipher.doFinal(message, 1 + IV_LENGTH, message.length - 1 - IV_LENGTH);
    } catch (AEADBadTagException e) {
      throw new SecretDecryptionException(
          "The encrypted secret failed its integrity check: it was altered, or it was encrypted with another key "
              + "or for another record.");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM decryption failed", e);
    }
  }

  private Cipher cipher(int mode, byte[] iv, byte[] aad) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    // The version byte is authenticated too, so it cannot be changed to make a later format misread
    // the message.
    cipher.updateAAD(new byte[] {VERSION});
    cipher.updateAAD(aad == null ? NO_AAD : aad);
    return cipher;
  }
}
