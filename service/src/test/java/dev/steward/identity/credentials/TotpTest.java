package dev.steward.identity.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  /** The RFC 6238 SHA-1 test key, "12345678901234567890", in Base32. */
  private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private final Totp totp = new Totp();

  /** RFC 6238 appendix B, SHA-1 rows: the last six of the eight published digits. */
  @ParameterizedTest
  @CsvSource({
    "59, 287082",
    "1111111109, 081804",
    "1111111111, 050471",
    "1234567890, 005924",
    "2000000000, 279037",
    "20000000000, 353130"
  })
  void acceptsTheRfc6238TestVectors(long seconds, String code) {
    OptionalLong step = totp.verify(RFC_SECRET, code, -1, Instant.ofEpochSecond(seconds));

    assertThat(step).hasValue(seconds / 30);
  }

  @Test
  void newSecretsAreTwentyRandomBytesInUnpaddedBase32() {
    String secret = totp.newSecret();

    assertThat(secret).matches("[A-Z2-7]{32}");
    assertThat(new Base32().decode(secret)).hasSize(20);
    assertThat(totp.newSecret()).isNotEqualTo(secret);
  }

  @Test
  void acceptsTheStepBeforeAndAfterNow() {
    String secret = totp.newSecret();
    Instant now = Instant.parse("2026-03-14T09:26:53Z");
    long current = now.getEpochSecond() / 30;

    assertThat(totp.verify(secret, codeAt(secret, current), -1, now)).hasValue(current);
    assertThat(totp.verify(secret, codeAt(secret, current - 1), -1, now)).hasValue(current - 1);
    assertThat(totp.verify(secret, codeAt(secret, current + 1), -1, now)).hasValue(current + 1);
  }

  @Test
  void refusesCodesTwoStepsAway() {
    String secret = totp.newSecret();
    Instant now = Instant.parse("2026-03-14T09:26:53Z");
    long current = now.getEpochSecond() / 30;

    assertThat(totp.verify(secret, codeAt(secret, current - 2), -1, now)).isEmpty();
    assertThat(totp.verify(secret, codeAt(secret, current + 2), -1, now)).isEmpty();
  }

  @Test
  void refusesACodeAlreadyUsed() {
    String secret = totp.newSecret();
    Instant now = Instant.parse("2026-03-14T09:26:53Z");
    String code = codeAt(secret, now.getEpochSecond() / 30);
    long used = totp.verify(secret, code, -1, now).orElseThrow();

    assertThat(totp.verify(secret, code, used, now)).isEmpty();
    assertThat(totp.verify(secret, code, used, now.plusSeconds(20))).isEmpty();
  }

  @Test
  void refusesACodeOlderThanTheLastUsedOne() {
    String secret = totp.newSecret();
    Instant now = Instant.parse("2026-03-14T09:26:53Z");
    long current = now.getEpochSecond() / 30;

    assertThat(totp.verify(secret, codeAt(secret, current - 1), current, now)).isEmpty();
    assertThat(totp.verify(secret, codeAt(secret, current + 1), current, now))
        .hasValue(current + 1);
  }

  @Test
  void ignoresSpacesInTheCode() {
    assertThat(totp.verify(RFC_SECRET, " 287 082 ", -1, Instant.ofEpochSecond(59))).hasValue(1);
  }

  @Test
  void refusesWrongOrMalformedCodes() {
    Instant at = Instant.ofEpochSecond(59);

    assertThat(totp.verify(RFC_SECRET, "287083", -1, at)).isEmpty();
    assertThat(totp.verify(RFC_SECRET, "28708", -1, at)).isEmpty();
    assertThat(totp.verify(RFC_SECRET, "2870822", -1, at)).isEmpty();
    assertThat(totp.verify(RFC_SECRET, "28708a", -1, at)).isEmpty();
    assertThat(totp.verify(RFC_SECRET, "", -1, at)).isEmpty();
    assertThat(totp.verify(RFC_SECRET, null, -1, at)).isEmpty();
  }

  @Test
  void readsLowercaseSecrets() {
    assertThat(totp.verify(RFC_SECRET.toLowerCase(), "287082", -1, Instant.ofEpochSecond(59)))
        .hasValue(1);
  }

  @Test
  void buildsAnEncodedOtpauthUri() {
    String uri = totp.otpauthUri("JBSWY3DPEHPK3PXP", "jane+crm@example.com", "Smith & Co LLP");

    assertThat(uri)
        .isEqualTo(
            "otpauth://totp/Smith%20%26%20Co%20LLP:jane%2Bcrm%40example.com"
                + "?secret=JBSWY3DPEHPK3PXP&issuer=Smith%20%26%20Co%20LLP&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void refusesAnIssuerWithAColon() {
    assertThatThrownBy(() -> totp.otpauthUri("JBSWY3DPEHPK3PXP", "jane@example.com", "Steward: EU"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** RFC 4226 section 5.3, written out here so the test does not trust the library it checks. */
  private static String codeAt(String secret, long step) {
    try {
      var mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      return String.format("%06d", binary % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void independentCodeMatchesTheRfcVector() {
    String rfcSecret =
        new Base32().encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    assertThat(codeAt(rfcSecret, 1)).isEqualTo("287082");
  }
}
