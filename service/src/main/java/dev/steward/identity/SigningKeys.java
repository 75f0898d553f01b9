package dev.steward.identity;

import dev.steward.identity.credentials.SecretCipher;
import org.springframework.stereotype.Component;

/**
 * Keys for other features to sign with (links mailed to contacts, for example), each derived from
 * the installation's encryption key for one purpose, so that an operator keeps one secret and no
 * two uses share a key.
 */
@Component
public class SigningKeys {

  private final SecretCipher cipher;

  SigningKeys(SecretCipher cipher) {
    this.cipher = cipher;
  }

  /**
   * A 32-byte HMAC-SHA256 key for {@code purpose}; the same for the same purpose on every instance.
   */
  /** Tokens sealed with the key of {@code purpose}. */
  public SignedPayloads signedPayloads(String purpose) {
    return new SignedPayloads(forPurpose(purpose));
  }

  public byte[] forPurpose(String purpose) {
    return cipher.deriveKey("signing:" + purpose);
  }
}
