package dev.steward.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short URL-safe tokens that carry a payload and an HMAC-SHA256 over it (cut to 128 bits) with a
 * key of one purpose: whoever holds one can show that this installation issued the payload, as it
 * is. Links and headers that act without a sign-in are built on it.
 */
public final class SignedPayloads {

  private static final int MAC_BYTES = 16;

  private final SecretKeySpec key;

  SignedPayloads(byte[] key) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  public String seal(byte[] payload) {
    byte[] token =
        ByteBuffer.allocate(payload.length + MAC_BYTES).put(payload).put(mac(payload)).array();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /**
   * The payload of a token sealed with this purpose's key, when it is exactly {@code length} bytes
   * long; empty for anything else (not Base64, another length, a wrong or forged MAC).
   */
  public Optional<byte[]> open(String token, int length) {
    int sealed = length + MAC_BYTES;
    if (token == null || token.length() > (sealed * 4 + 2) / 3) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (bytes.length != sealed) {
      return Optional.empty();
    }
    byte[] payload = Arrays.copyOf(bytes, length);
    return MessageDigest.isEqual(mac(payload), Arrays.copyOfRange(bytes, length, sealed))
        ? Optional.of(payload)
        : Optional.empty();
  }

  /**
   * The fields of a token sealed with this purpose's key in the format {@code version} (the
   * payload's first byte), read from just after that byte; empty for anything {@link #open} refuses
   * and for another format.
   */
  public Optional<ByteBuffer> openFields(String token, int length, byte version) {
    return open(token, length)
        .filter(payload -> payload[0] == version)
        .map(payload -> ByteBuffer.wrap(payload, 1, length - 1));
  }

  private byte[] mac(byte[] payload) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
