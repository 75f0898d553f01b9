package dev.steward.identity.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

  private final RecoveryCodes codes = new RecoveryCodes();

  @Test
  void generatesTenDistinctCodesInThreeGroupsOfFour() {
    List<String> generated = codes.generate();

    assertThat(generated).hasSize(10).doesNotHaveDuplicates();
    assertThat(generated)
        .allMatch(
            code ->
                code.matches("[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}"));
  }

  @Test
  void eachCodeCarriesAtLeastSixtyBits() {
    assertThat(RecoveryCodes.ALPHABET).hasSize(32).doesNotContain("i", "l", "o", "u");
    assertThat(RecoveryCodes.ALPHABET.chars().distinct().count()).isEqualTo(32);
    assertThat(12 * Math.log(RecoveryCodes.ALPHABET.length()) / Math.log(2))
        .isGreaterThanOrEqualTo(60);
  }

  @Test
  void usesTheWholeAlphabet() {
    var seen = new HashSet<Integer>();
    for (int i = 0; i < 50; i++) {
      codes.generate().forEach(code -> code.replace("-", "").chars().forEach(seen::add));
    }
    assertThat(seen).hasSize(32);
  }

  @Test
  void matchesACodeTypedWithDifferentCaseSpacesOrNoDashes() {
    String hash = codes.hash("k7qm-2xwp-9rtd");

    assertThat(codes.matches("k7qm-2xwp-9rtd", hash)).isTrue();
    assertThat(codes.matches("K7QM-2XWP-9RTD", hash)).isTrue();
    assertThat(codes.matches("k7qm 2xwp 9rtd", hash)).isTrue();
    assertThat(codes.matches("k7qm2xwp9rtd", hash)).isTrue();
  }

  @Test
  void matchesLookAlikeLettersTypedForDigits() {
    String hash = codes.hash("k0qm-21wp-9rtd");

    assertThat(codes.matches("kOqm-2Iwp-9rtd", hash)).isTrue();
    assertThat(codes.matches("koqm-2lwp-9rtd", hash)).isTrue();
  }

  @Test
  void rejectsAnotherCode() {
    String hash = codes.hash("k7qm-2xwp-9rtd");

    assertThat(codes.matches("k7qm-2xwp-9rte", hash)).isFalse();
    assertThat(codes.matches(null, hash)).isFalse();
    assertThat(codes.matches("k7qm-2xwp-9rtd", null)).isFalse();
  }

  @Test
  void storesSha256HexOfTheNormalisedCode() {
    assertThat(codes.hash("K7QM-2XWP-9RTD"))
        .hasSize(64)
        .matches("[0-9a-f]{64}")
        .isEqualTo(codes.hash("k7qm2xwp9rtd"));
  }
}
