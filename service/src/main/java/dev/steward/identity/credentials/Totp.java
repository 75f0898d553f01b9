package dev.steward.identity.credentials;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits,
 * 30-second steps. Secrets are 20 random bytes in Base32 without padding.
 */
@Component
public class Totp {

  static final Duration STEP = Duration.ofSeconds(30);
  static final int DIGITS = 6;
  static final int SECRET_BYTES = 20;

  /**
   * Steps either side of now that are accepted, for clocks that drift and codes typed near a step's
   * end.
   */
  static final int ALLOWED_DRIFT = 1;

  private static final String HMAC = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;

  private final TimeBasedOneTimePasswordGenerator generator =
      new TimeBasedOneTimePasswordGenerator(STEP, DIGITS, HMAC);
  private final SecureRandom random = new SecureRandom();

  /** A new secret: 20 random bytes, Base32 without padding. */
  public String newSecret() {
    var secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return new Base32().encodeAsString(secret).replace("=", "");
  }

  /**
   * The {@code otpauth://} URI that authenticator apps read from a QR code.
   *
   * @param secret the Base32 secret from {@link #newSecret}
   * @param accountEmail the account the app shows under the issuer
   * @param issuer the service name the app shows, such as the firm's name; it may not contain a
   *     colon
   */
  public String otpauthUri(String secret, String accountEmail, String issuer) {
    if (issuer.indexOf(':') >= 0) {
      throw new IllegalArgumentException(
          "A TOTP issuer may not contain a colon: it separates issuer and account");
    }
    return "otpauth://totp/"
        + encode(issuer)
        + ":"
        + encode(accountEmail)
        + "?secret="
        + encode(secret)
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.toSeconds();
  }

  /**
   * Checks a code typed by the user.
   *
   * @param secret the user's Base32 secret
   * @param code the code as typed; spaces are ignored
   * @param lastUsedStep the step of the last code this user signed in with, or {@code -1} if none;
   *     it and earlier steps are refused, so an overheard code cannot be used again
   * @param now the current time
   * @return the step the code belongs to, for the caller to store as the new last used step; empty
   *     if the code is wrong, too old, or already used
   */
  public OptionalLong verify(String secret, String code, long lastUsedStep, Instant now) {
    String typed = code == null ? "" : code.replaceAll("\\s", "");
    if (typed.length() != DIGITS || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    Key key = key(secret);
    long current = Math.floorDiv(now.getEpochSecond(), STEP.toSeconds());
    OptionalLong matched = OptionalLong.empty();
    // Every candidate step is computed and compared, so the time taken does not say which step
    // nearly matched.
    for (long step = current - ALLOWED_DRIFT; step <= current + ALLOWED_DRIFT; step++) {
      boolean equal =
          MessageDigest.isEqual(
              codeAt(key, step).getBytes(StandardCharsets.US_ASCII),
              typed.getBytes(StandardCharsets.US_ASCII));
      if (equal && step > lastUsedStep) {
        matched = OptionalLong.of(step);
      }
    }
    return matched;
  }

  private String codeAt(Key key, long step) {
    try {
      return generator.generateOneTimePasswordString(
          key, Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("The TOTP secret cannot be used as an HMAC key", e);
    }
  }

  private static Key key(String secret) {
    var base32 = new Base32();
    String normalised = secret.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
    if (normalised.isEmpty() || !base32.isInAlphabet(normalised)) {
      throw new IllegalArgumentException("The TOTP secret is not Base32");
    }
    return new SecretKeySpec(base32.decode(normalised), HMAC);
  }

  /**
   * Percent-encodes for both the label and the query; spaces become %20, which every authenticator
   * app reads.
   */
  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
