package dev.steward.mail.tracked;

import dev.steward.identity.SignedPayloads;
import dev.steward.identity.SigningKeys;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The value of a tracked mail's {@code x-steward-tracking} header: the firm, a random id, when it
 * expires, and an HMAC-SHA256 over them (cut to 128 bits) with a key of its own. Whoever holds it
 * (the sender's Outlook, and the recipients once the mail is sent) can do one thing: record that
 * mail as sent, once, until it expires. That is what lets Outlook's send event record the mail
 * without a sign-in.
 */
@Component
class TrackingTokens {

  /** Long enough for a draft left open for weeks. */
  static final Duration LIFETIME = Duration.ofDays(60);

  private static final byte VERSION = 1;
  private static final int PAYLOAD = 1 + 16 + 16 + 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  record Claims(UUID tenantId, Instant expiresAt) {}

  private final SignedPayloads signed;

  TrackingTokens(SigningKeys keys) {
    this.signed = keys.signedPayloads("mail-tracked");
  }

  String issue(UUID tenantId, Instant now) {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    var payload =
        ByteBuffer.allocate(PAYLOAD)
            .put(VERSION)
            .putLong(tenantId.getMostSignificantBits())
            .putLong(tenantId.getLeastSignificantBits())
            .put(random)
            .putLong(now.plus(LIFETIME).getEpochSecond())
            .array();
    return signed.seal(payload);
  }

  /** The claims of a token this installation issued, unexpired at {@code now}; else empty. */
  Optional<Claims> verify(String token, Instant now) {
    return signed
        .openFields(token, PAYLOAD, VERSION)
        .map(
            fields -> {
              UUID tenant = new UUID(fields.getLong(), fields.getLong());
              fields.position(fields.position() + 16); // the random part, there to be unguessable
              return new Claims(tenant, Instant.ofEpochSecond(fields.getLong()));
            })
        .filter(claims -> claims.expiresAt().isAfter(now));
  }
}
