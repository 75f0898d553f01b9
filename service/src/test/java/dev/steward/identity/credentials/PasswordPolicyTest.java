package dev.steward.identity.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private static final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void acceptsALongUnusualPassword() {
    assertThat(policy.problems("Vellum-otter-Quasar-81", "jane.doe@example.com", "Jane Doe"))
        .isEmpty();
  }

  @Test
  void acceptsAPassphraseWithoutDigits() {
    assertThat(policy.problems("Brisk lantern Orchid tundra", "jane@example.com", "Jane Doe"))
        .isEmpty();
  }

  @Test
  void rejectsFewerThanTwelveCharacters() {
    assertThat(policy.problems("Xk9#mWq2Lp7", null, null)).contains(PasswordPolicy.TOO_SHORT);
    assertThat(policy.problems("Xk9#mWq2Lp7v", null, null))
        .doesNotContain(PasswordPolicy.TOO_SHORT);
  }

  @Test
  void rejectsAMissingPasswordAsTooShort() {
    assertThat(policy.problems(null, null, null)).contains(PasswordPolicy.TOO_SHORT);
  }

  @Test
  void rejectsMoreThan128Characters() {
    String longest = "Ab1!" + "x".repeat(124);
    assertThat(policy.problems(longest + "y", null, null)).containsExactly(PasswordPolicy.TOO_LONG);
    assertThat(policy.problems(longest, null, null)).doesNotContain(PasswordPolicy.TOO_LONG);
  }

  @Test
  void requiresThreeKindsOfCharacter() {
    assertThat(policy.problems("zebrafinchmarble", null, null)).contains(PasswordPolicy.TOO_SIMPLE);
    assertThat(policy.problems("zebrafinchmarble92", null, null))
        .contains(PasswordPolicy.TOO_SIMPLE);
    assertThat(policy.problems("Zebrafinchmarble92", null, null))
        .doesNotContain(PasswordPolicy.TOO_SIMPLE);
    assertThat(policy.problems("zebra-finch-marble92", null, null))
        .doesNotContain(PasswordPolicy.TOO_SIMPLE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Password123!",
        "Qwerty2024!!",
        "PASSWORD1234!",
        "Letmein!2024",
        "!!Trustno1!!!",
        "Summer2024!!"
      })
  void rejectsCommonPasswordsAndTheirTrivialVariants(String password) {
    assertThat(policy.problems(password, null, null)).contains(PasswordPolicy.TOO_COMMON);
  }

  @Test
  void rejectsACommonPasswordLongEnoughOnItsOwn() {
    assertThat(policy.problems("1Qaz2wsx3edc", null, null)).contains(PasswordPolicy.TOO_COMMON);
  }

  @Test
  void rejectsTheEmailLocalPart() {
    assertThat(policy.problems("Marguerite!Vexill42", "marguerite@example.com", null))
        .contains(PasswordPolicy.CONTAINS_EMAIL);
    assertThat(policy.problems("Hollis-Vexillum-42", "j.hollis@example.com", null))
        .contains(PasswordPolicy.CONTAINS_EMAIL);
  }

  @Test
  void rejectsTheUsersName() {
    assertThat(policy.problems("Quasar#Okonkwo1977", "q@example.com", "Adaeze Okonkwo"))
        .contains(PasswordPolicy.CONTAINS_NAME);
  }

  @Test
  void ignoresNameFragmentsTooShortToMatter() {
    assertThat(policy.problems("Vellum-otter-Quasar-81", "al@example.com", "Al Ng")).isEmpty();
  }

  @Test
  void rejectsAPasswordThatIsEasyToGuessThoughNotOnTheList() {
    assertThat(policy.problems("January2024!", null, null))
        .containsExactly(PasswordPolicy.TOO_GUESSABLE);
  }

  @Test
  void countsCharactersNotUtf16Units() {
    assertThat(policy.problems("Ab1!😀😀😀😀😀😀😀", null, null))
        .contains(PasswordPolicy.TOO_SHORT);
  }
}
