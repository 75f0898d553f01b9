package dev.steward.identity;

import dev.steward.identity.IdentityEvents.PasswordChanged;
import dev.steward.identity.IdentityEvents.UserChanged;
import dev.steward.identity.credentials.PasswordHashing;
import dev.steward.identity.credentials.PasswordPolicy;
import dev.steward.platform.ConflictException;
import dev.steward.platform.FieldChange;
import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import dev.steward.platform.NotFoundException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local users' passwords: one-time passwords, an admin's reset, a user's own change, and the policy
 * every new password meets.
 */
@Service
class UserPasswords {

  private static final String ONE_TIME_ALPHABET =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final UserRepository users;
  private final PasswordHashing hashing;
  private final PasswordPolicy policy;
  private final RefreshTokens refreshTokens;
  private final ApplicationEventPublisher events;

  UserPasswords(
      UserRepository users,
      PasswordHashing hashing,
      PasswordPolicy policy,
      RefreshTokens refreshTokens,
      ApplicationEventPublisher events) {
    this.users = users;
    this.hashing = hashing;
    this.policy = policy;
    this.refreshTokens = refreshTokens;
    this.events = events;
  }

  /** Gives a local user a new one-time password and ends their sign-ins. */
  @Transactional
  UserService.Registered resetPassword(UUID id) {
    var user = require(id);
    if (user.passwordHash() == null) {
      throw new ConflictException("This user signs in with Microsoft and has no Steward password.");
    }
    String password = oneTimePassword();
    user.changePassword(hashing.hash(password), Instant.now());
    user.forcePasswordChange();
    users.save(user);
    refreshTokens.revokeAllOf(id);
    events.publishEvent(
        new UserChanged(id, Map.of("password", new FieldChange("(hidden)", "one-time password"))));
    return new UserService.Registered(user.view(), password);
  }

  /** The signed-in user's own change: the current password proves it is them. */
  @Transactional
  void changeOwnPassword(UUID id, String currentPassword, String newPassword) {
    var user = require(id);
    if (user.passwordHash() == null) {
      throw new ConflictException("You sign in with Microsoft; change your password there.");
    }
    if (!hashing.matches(currentPassword, user.passwordHash())) {
      throw InvalidInputException.of("currentPassword", "is not right");
    }
    if (hashing.matches(newPassword, user.passwordHash())) {
      throw InvalidInputException.of("newPassword", "must differ from the current one");
    }
    requireAcceptable(newPassword, user.email(), user.fullName(), "newPassword");
    user.changePassword(hashing.hash(newPassword), Instant.now());
    users.save(user);
    refreshTokens.revokeAllOf(id);
    events.publishEvent(new PasswordChanged(id));
  }

  /**
   * While no active admin of the firm has a password of their own (or signs in with Microsoft), the
   * first admin's one-time password is replaced by {@code password}: a spent or lost one must not
   * lock the firm out.
   *
   * @return whether it was replaced
   */
  @Transactional
  boolean renewFirstAdminOneTimePassword(String email, String password) {
    var admin =
        users.findByEmail(email.trim()).filter(User::active).filter(User::mustChangePassword);
    if (admin.isEmpty()
        || admin.get().role() != Role.ADMIN
        || users.existsByRoleAndActiveIsTrueAndMustChangePasswordIsFalse(Role.ADMIN)) {
      return false;
    }
    var user = admin.get();
    user.changePassword(hashing.hash(password), Instant.now());
    user.forcePasswordChange();
    users.save(user);
    refreshTokens.revokeAllOf(user.id());
    events.publishEvent(
        new UserChanged(
            user.id(),
            Map.of(
                "password", new FieldChange("(hidden)", "one-time password, printed at start"))));
    return true;
  }

  boolean passwordMatches(User user, String password) {
    return user.passwordHash() != null && hashing.matches(password, user.passwordHash());
  }

  void requireAcceptable(String password, String email, String fullName, String field) {
    var problems = policy.problems(password, email, fullName);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.stream().map(p -> new FieldProblem(field, p)).toList());
    }
  }

  static String oneTimePassword() {
    var password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 5 == 0) {
        password.append('-');
      }
      password.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
    }
    return password.toString();
  }

  private User require(UUID id) {
    return users.findById(id).orElseThrow(() -> NotFoundException.of("User", id));
  }
}
