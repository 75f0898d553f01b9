package dev.steward.mail.unsubscribe;

import dev.steward.identity.SigningKeys;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The token in an unsubscribe link: the firm, the contact and the campaign, when it expires, and an
 * HMAC-SHA256 over them (cut to 128 bits) with a key of its own derived from the installation's
 * key. It carries no name and no address; whoever holds it can do one thing, opt that contact out
 * of email, until it expires.
 */
@Component
public class UnsubscribeTokens {

  private static final byte VERSION = 1;
  private static final int PAYLOAD = 1 + 16 * 3 + 8;
  private static final int MAC_BYTES = 16;

  /** What a valid token names. */
  public record Claims(UUID tenantId, UUID contactId, UUID campaignId, Instant expiresAt) {}

  private final SecretKeySpec key;

  UnsubscribeTokens(SigningKeys keys) {
    this.key = new SecretKeySpec(keys.forPurpose("mail-unsubscribe"), "HmacSHA256");
  }

  public String issue(Claims claims) {
    var payload = ByteBuffer.allocate(PAYLOAD).put(VERSION);
    put(payload, claims.tenantId());
    put(payload, claims.contactId());
    put(payload, claims.campaignId());
    payload.putLong(claims.expiresAt().getEpochSecond());
    byte[] bytes = payload.array();
    byte[] token = ByteBuffer.allocate(PAYLOAD + MAC_BYTES).put(bytes).put(mac(bytes)).array();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /**
   * The claims of a token this installation issued that has not expired at {@code now}; empty
   * otherwise.
   */
  public Optional<Claims> verify(String token, Instant now) {
    byte[] bytes;
    try {
      bytes = token == null || token.length() > 200 ? null : Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (bytes == null || bytes.length != PAYLOAD + MAC_BYTES || bytes[0] != VERSION) {
      return Optional.empty();
    }
    byte[] payload = Arrays.copyOf(bytes, PAYLOAD);
    if (!MessageDigest.isEqual(mac(payload), Arrays.copyOfRange(bytes, PAYLOAD, bytes.length))) {
      return Optional.empty();
    }
    var buffer = ByteBuffer.wrap(payload, 1, PAYLOAD - 1);
    var claims =
        new Claims(
            uuid(buffer), uuid(buffer), uuid(buffer), Instant.ofEpochSecond(buffer.getLong()));
    return claims.expiresAt().isAfter(now) ? Optional.of(claims) : Optional.empty();
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

  private static void put(ByteBuffer buffer, UUID id) {
    buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
  }

  private static UUID uuid(ByteBuffer buffer) {
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
