package dev.steward.mail.unsubscribe;

import dev.steward.identity.SignedPayloads;
import dev.steward.identity.SigningKeys;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
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

  /** What a valid token names. */
  public record Claims(UUID tenantId, UUID contactId, UUID campaignId, Instant expiresAt) {}

  private final SignedPayloads signed;

  UnsubscribeTokens(SigningKeys keys) {
    this.signed = keys.signedPayloads("mail-unsubscribe");
  }

  public String issue(Claims claims) {
    var payload = ByteBuffer.allocate(PAYLOAD).put(VERSION);
    put(payload, claims.tenantId());
    put(payload, claims.contactId());
    put(payload, claims.campaignId());
    payload.putLong(claims.expiresAt().getEpochSecond());
    return signed.seal(payload.array());
  }

  /**
   * The claims of a token this installation issued that has not expired at {@code now}; empty
   * otherwise.
   */
  public Optional<Claims> verify(String token, Instant now) {
    return signed
        .openFields(token, PAYLOAD, VERSION)
        .map(
            fields ->
                new Claims(
                    uuid(fields),
                    uuid(fields),
                    uuid(fields),
                    Instant.ofEpochSecond(fields.getLong())))
        .filter(claims -> claims.expiresAt().isAfter(now));
  }

  private static void put(ByteBuffer buffer, UUID id) {
    buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
  }

  private static UUID uuid(ByteBuffer buffer) {
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
