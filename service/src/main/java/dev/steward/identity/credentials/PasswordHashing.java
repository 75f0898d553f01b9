package dev.steward.identity.credentials;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks passwords. New hashes are Argon2id in Spring Security's delegating format
 * ({@code {argon2}$argon2id$...}); bcrypt hashes ({@code {bcrypt}$2a$...}) are also read, and
 * {@link #needsRehash} says when a stored hash should be replaced after a successful sign-in.
 */
@Component
public class PasswordHashing {

  static final String ARGON2 = "argon2";
  static final String BCRYPT = "bcrypt";

  private final PasswordEncoder encoder;
  private final String dummyHash;

  public PasswordHashing() {
    this.encoder =
        new DelegatingPasswordEncoder(
            ARGON2,
            Map.of(
                ARGON2,
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                BCRYPT,
                new BCryptPasswordEncoder()));
    var unguessable = new byte[32];
    new SecureRandom().nextBytes(unguessable);
    this.dummyHash = encoder.encode(Base64.getEncoder().encodeToString(unguessable));
  }

  /** Hashes a password with Argon2id and a fresh salt. */
  public String hash(String rawPassword) {
    return encoder.encode(rawPassword);
  }

  /**
   * Checks a password against a stored hash. A missing hash costs the same time as a real check and
   * never matches.
   *
   * @throws IllegalArgumentException if the stored hash names no known algorithm
   */
  public boolean matches(String rawPassword, String storedHash) {
    if (storedHash == null || storedHash.isEmpty()) {
      return matchesNothing(rawPassword);
    }
    return encoder.matches(rawPassword, storedHash);
  }

  /**
   * Whether a stored hash uses an older algorithm or weaker settings than {@link #hash} would use
   * today.
   */
  public boolean needsRehash(String storedHash) {
    return encoder.upgradeEncoding(storedHash);
  }

  /**
   * Spends the time of one real password check and returns {@code false}. Call it when no user has
   * the email given at sign-in, so that the response time does not tell an attacker which addresses
   * have accounts.
   */
  public boolean matchesNothing(String rawPassword) {
    encoder.matches(rawPassword == null ? "" : rawPassword, dummyHash);
    return false;
  }
}
