package dev.steward.identity.credentials;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Decides whether a new password is acceptable, and says in plain English what is wrong with it
 * when it is not. The rules follow NIST SP 800-63B: a minimum length, a check against commonly used
 * passwords and their trivial variants, and no personal details; a light complexity rule and a
 * zxcvbn strength estimate are added on top.
 */
@Component
public class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 128;
  static final int MIN_ZXCVBN_SCORE = 3;

  static final String TOO_SHORT = "Use at least " + MIN_LENGTH + " characters.";
  static final String TOO_LONG = "Use at most " + MAX_LENGTH + " characters.";
  static final String TOO_SIMPLE =
      "Use at least three of these: lowercase letters, uppercase letters, digits and symbols.";
  static final String TOO_COMMON =
      "This password is too common, or too close to a common password.";
  static final String CONTAINS_EMAIL = "Do not use your email address in your password.";
  static final String CONTAINS_NAME = "Do not use your name in your password.";
  static final String TOO_GUESSABLE =
      "This password would be easy to guess. Try a longer phrase of unrelated words.";

  /*
   * zxcvbn4j (com.nulab-inc:zxcvbn on Maven Central) ships zxcvbn's list of the 30,000 passwords seen most often in
   * leaked password sets. It is read from the library's jar so the list and the estimator always agree; the
   * constructor fails at start if a new release moves it.
   */
  private static final String COMMON_PASSWORDS =
      "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

  private static final Pattern TRAILING_DIGITS_AND_SYMBOLS = Pattern.compile("[^\\p{L}]+$");
  private static final Pattern LEADING_DIGITS_AND_SYMBOLS = Pattern.compile("^[^\\p{L}]+");
  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final int MIN_PERSONAL_TOKEN = 3;

  private final Set<String> commonPasswords;
  private final Zxcvbn zxcvbn = new Zxcvbn();

  public PasswordPolicy() {
    this.commonPasswords = loadCommonPasswords();
  }

  /**
   * Lists what is wrong with a proposed password.
   *
   * @param password the proposed password
   * @param email the user's email address, or {@code null}
   * @param fullName the user's name, or {@code null}
   * @return plain-English problems, one sentence each; empty when the password is acceptable
   */
  public List<String> problems(String password, String email, String fullName) {
    String candidate = password == null ? "" : password;
    int length = candidate.codePointCount(0, candidate.length());
    var problems = new ArrayList<String>();
    if (length < MIN_LENGTH) {
      problems.add(TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      problems.add(TOO_LONG);
      return problems;
    }
    if (characterClasses(candidate) < 3) {
      problems.add(TOO_SIMPLE);
    }
    String lower = candidate.toLowerCase(Locale.ROOT);
    List<String> emailTokens = emailTokens(email);
    List<String> nameTokens = tokens(fullName);
    boolean common = isCommon(lower);
    boolean hasEmail = emailTokens.stream().anyMatch(lower::contains);
    boolean hasName = nameTokens.stream().anyMatch(lower::contains);
    if (common) {
      problems.add(TOO_COMMON);
    }
    if (hasEmail) {
      problems.add(CONTAINS_EMAIL);
    }
    if (hasName) {
      problems.add(CONTAINS_NAME);
    }
    // The estimate would only repeat the reasons above, and it is the slow check.
    if (!common && !hasEmail && !hasName && !candidate.isEmpty()) {
      var userInputs = new ArrayList<>(emailTokens);
      userInputs.addAll(nameTokens);
      if (zxcvbn.measure(candidate, userInputs).getScore() < MIN_ZXCVBN_SCORE) {
        problems.add(TOO_GUESSABLE);
      }
    }
    return List.copyOf(problems);
  }

  private boolean isCommon(String lower) {
    String core = LEADING_DIGITS_AND_SYMBOLS.matcher(lower).replaceFirst("");
    core = TRAILING_DIGITS_AND_SYMBOLS.matcher(core).replaceFirst("");
    String withoutTrailing = TRAILING_DIGITS_AND_SYMBOLS.matcher(lower).replaceFirst("");
    return commonPasswords.contains(lower)
        || commonPasswords.contains(withoutTrailing)
        || commonPasswords.contains(core);
  }

  private static int characterClasses(String password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < password.length(); ) {
      int c = password.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        symbol = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
  }

  private static List<String> emailTokens(String email) {
    if (email == null || email.isBlank()) {
      return List.of();
    }
    int at = email.indexOf('@');
    String local = (at < 0 ? email : email.substring(0, at)).toLowerCase(Locale.ROOT).strip();
    var tokens = new ArrayList<>(tokens(local));
    if (local.length() >= MIN_PERSONAL_TOKEN && !tokens.contains(local)) {
      tokens.add(local);
    }
    return tokens;
  }

  private static List<String> tokens(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
        .filter(token -> token.length() >= MIN_PERSONAL_TOKEN)
        .distinct()
        .toList();
  }

  private static Set<String> loadCommonPasswords() {
    var stream = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
    if (stream == null) {
      throw new IllegalStateException(
          "The common-password list " + COMMON_PASSWORDS + " is missing from the classpath");
    }
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      Set<String> passwords =
          reader
              .lines()
              .map(String::strip)
              .filter(line -> !line.isEmpty())
              .collect(Collectors.toUnmodifiableSet());
      if (passwords.size() < 10_000) {
        throw new IllegalStateException(
            "The common-password list " + COMMON_PASSWORDS + " looks truncated");
      }
      return passwords;
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not read the common-password list " + COMMON_PASSWORDS, e);
    }
  }
}
