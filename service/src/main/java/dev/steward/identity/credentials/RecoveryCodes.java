package dev.steward.identity.credentials;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * One-time recovery codes for a user who has lost their authenticator, such as {@code
 * k7qm-2xwp-9rtd}. Codes use Crockford's base32 alphabet (digits and lowercase letters without i,
 * l, o and u): 12 characters carry 60 random bits, and a code typed with o for 0 or i or l for 1
 * still matches.
 */
@Component
public class RecoveryCodes {

  static final int COUNT = 10;
  static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final int GROUPS = 3;
  private static final int GROUP_LENGTH = 4;

  private final SecureRandom random = new SecureRandom();

  /** Ten new, distinct codes to show the user once. */
  public List<String> generate() {
    var codes = new LinkedHashSet<String>();
    while (codes.size() < COUNT) {
      codes.add(newCode());
    }
    return List.copyOf(codes);
  }

  /**
   * The value to store for a code: the SHA-256 of its normalised form, in hex. A fast unsalted hash
   * is enough here, unlike for passwords, because each code is 60 random bits: there is no
   * dictionary to try, and 2^60 guesses per code is out of reach even for a stolen table.
   */
  public String hash(String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  /** Whether a code as the user typed it matches a stored hash, compared in constant time. */
  public boolean matches(String code, String storedHash) {
    if (code == null || storedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(
        hash(code).getBytes(StandardCharsets.US_ASCII),
        storedHash.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
  }

  static String normalise(String code) {
    var normal = new StringBuilder(code.length());
    for (char c : code.toLowerCase(Locale.ROOT).toCharArray()) {
      switch (c) {
        case '-', ' ', '\t' -> {}
        case 'o' -> normal.append('0');
        case 'i', 'l' -> normal.append('1');
        default -> normal.append(c);
      }
    }
    return normal.toString();
  }

  private String newCode() {
    var code = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
    for (int group = 0; group < GROUPS; group++) {
      if (group > 0) {
        code.append('-');
      }
      for (int i = 0; i < GROUP_LENGTH; i++) {
        code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return code.toString();
  }
}
