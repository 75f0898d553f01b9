package dev.steward.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * What an authenticator app shows for a secret at a moment: computed in the test, independently of
 * Steward.
 */
final class TotpCodes {

  private TotpCodes() {}

  static String at(String base32Secret, Instant instant) {
    try {
      var generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
      var key = new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1");
      return generator.generateOneTimePasswordString(key, instant);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }
}
