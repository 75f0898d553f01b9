package dev.steward.identity.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordHashingTest {

  private static final PasswordHashing hashing = new PasswordHashing();

  @Test
  void hashesWithArgon2idInTheDelegatingFormat() {
    String hash = hashing.hash("Vellum-otter-Quasar-81");

    assertThat(hash).startsWith("{argon2}$argon2id$");
    assertThat(hashing.matches("Vellum-otter-Quasar-81", hash)).isTrue();
    assertThat(hashing.matches("Vellum-otter-Quasar-82", hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hashing.hash("Vellum-otter-Quasar-81"))
        .isNotEqualTo(hashing.hash("Vellum-otter-Quasar-81"));
  }

  @Test
  void readsBcryptHashesAndAsksForThemToBeReplaced() {
    String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode("Vellum-otter-Quasar-81");

    assertThat(hashing.matches("Vellum-otter-Quasar-81", bcrypt)).isTrue();
    assertThat(hashing.needsRehash(bcrypt)).isTrue();
  }

  @Test
  void asksForArgon2HashesWithWeakerSettingsToBeReplaced() {
    String weak =
        "{argon2}"
            + new Argon2PasswordEncoder(16, 32, 1, 1 << 12, 1).encode("Vellum-otter-Quasar-81");

    assertThat(hashing.matches("Vellum-otter-Quasar-81", weak)).isTrue();
    assertThat(hashing.needsRehash(weak)).isTrue();
    assertThat(hashing.needsRehash(hashing.hash("Vellum-otter-Quasar-81"))).isFalse();
  }

  @Test
  void neverMatchesAMissingHash() {
    assertThat(hashing.matches("Vellum-otter-Quasar-81", null)).isFalse();
    assertThat(hashing.matchesNothing("Vellum-otter-Quasar-81")).isFalse();
    assertThat(hashing.matchesNothing(null)).isFalse();
  }

  @Test
  void refusesAHashOfAnUnknownAlgorithm() {
    assertThatThrownBy(
            () ->
                hashing.matches("Vellum-otter-Quasar-81", "{md5}5f4dcc3b5aa765d61d8327deb882cf99"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkingAnUnknownUserTakesAsLongAsARealCheck() {
    String hash = hashing.hash("Vellum-otter-Quasar-81");
    long real = Long.MAX_VALUE;
    long dummy = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      hashing.matches("Wrong-password-entirely-1", hash);
      real = Math.min(real, System.nanoTime() - start);
      start = System.nanoTime();
      hashing.matchesNothing("Wrong-password-entirely-1");
      dummy = Math.min(dummy, System.nanoTime() - start);
    }
    // Minimums filter out the noise of a shared machine; both are one Argon2id computation with the
    // same settings.
    assertThat(dummy).isGreaterThan(real / 2);
  }
}
