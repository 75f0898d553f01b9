package dev.steward.identity.credentials;

/**
 * An encrypted secret could not be decrypted: it was altered, or belongs to another key or another
 * record.
 */
public final class SecretDecryptionException extends RuntimeException {

  SecretDecryptionException(String message) {
    super(message);
  }
}
