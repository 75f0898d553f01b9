package dev.steward.identity;

import dev.steward.identity.IdentityEvents.UserChanged;
import dev.steward.identity.IdentityEvents.UserRegistered;
import dev.steward.identity.StewardPrincipal.SignInMethod;
import dev.steward.identity.credentials.PasswordHashing;
import dev.steward.platform.ConflictException;
import dev.steward.platform.FieldChange;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.Versions;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.EntraRoles;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users of the current firm: registration by an admin, roles, deactivation ({@link UserPasswords}
 * has their passwords).
 */
@Service
class UserService {

  private final UserRepository users;
  private final PasswordHashing hashing;
  private final UserPasswords passwords;
  private final RefreshTokens refreshTokens;
  private final Tenants tenants;
  private final ApplicationEventPublisher events;

  UserService(
      UserRepository users,
      PasswordHashing hashing,
      UserPasswords passwords,
      RefreshTokens refreshTokens,
      Tenants tenants,
      ApplicationEventPublisher events) {
    this.tenants = tenants;
    this.users = users;
    this.hashing = hashing;
    this.passwords = passwords;
    this.refreshTokens = refreshTokens;
    this.events = events;
  }

  @Transactional(readOnly = true)
  List<UserView> all() {
    return users.findAllByOrderByFullNameAsc().stream().map(User::view).toList();
  }

  @Transactional(readOnly = true)
  User require(UUID id) {
    return users.findById(id).orElseThrow(() -> NotFoundException.of("User", id));
  }

  /**
   * Registers a local user. Without a password, a one-time password is made, returned this once,
   * and must be changed at first sign-in.
   */
  @Transactional
  Registered register(RegisterRequest request) {
    String email = request.email().trim().toLowerCase(Locale.ROOT);
    if (users.findByEmail(email).isPresent()) {
      throw new ConflictException(
          "A user with the email " + email + " already exists.", Map.of("field", "email"));
    }
    String password = request.password();
    boolean oneTime = password == null || password.isBlank();
    if (oneTime) {
      password = UserPasswords.oneTimePassword();
    } else {
      passwords.requireAcceptable(password, email, request.fullName(), "password");
    }
    var user =
        User.local(
            CurrentTenant.require(),
            email,
            request.fullName().strip(),
            request.role(),
            hashing.hash(password),
            oneTime);
    users.save(user);
    events.publishEvent(
        new UserRegistered(user.id(), email, request.role(), SignInMethod.PASSWORD));
    return new Registered(user.view(), oneTime ? password : null);
  }

  @Transactional
  UserView update(UUID id, UserUpdate update, long expectedVersion, UUID actingUserId) {
    var user = require(id);
    Versions.check("This user", expectedVersion, user.version());
    Map<String, FieldChange> changes = new LinkedHashMap<>();
    if (update.role() != null && update.role() != user.role()) {
      if (user.azureObjectId() != null && rolesFollowEntra()) {
        throw new ConflictException(
            "This firm's Microsoft users take their role from their Entra app role "
                + "(Steward.Admin, Steward.User or Steward.Viewer). Change it in Entra, or let Steward set roles under "
                + "firm settings.");
      }
      if (user.role() == Role.ADMIN) {
        requireAnotherAdmin(user);
      }
      changes.put("role", new FieldChange(user.role().value(), update.role().value()));
      user.changeRole(update.role());
    }
    if (update.active() != null && update.active() != user.active()) {
      if (!update.active() && id.equals(actingUserId)) {
        throw new ConflictException("You cannot deactivate your own account.");
      }
      if (!update.active() && user.role() == Role.ADMIN) {
        requireAnotherAdmin(user);
      }
      changes.put("active", new FieldChange(user.active(), update.active()));
      user.setActive(update.active());
      if (!update.active()) {
        refreshTokens.revokeAllOf(id);
      }
    }
    if (update.fullName() != null
        && !update.fullName().isBlank()
        && !update.fullName().strip().equals(user.fullName())) {
      changes.put("fullName", new FieldChange(user.fullName(), update.fullName().strip()));
      user.rename(update.fullName().strip());
    }
    if (changes.containsKey("role")) {
      refreshTokens.revokeAllOf(id);
    }
    if (!changes.isEmpty()) {
      users.saveAndFlush(user);
      events.publishEvent(new UserChanged(id, changes));
    }
    return user.view();
  }

  @Transactional
  UserView unlock(UUID id) {
    var user = require(id);
    user.recordSignIn(
        user.signIns().lockedUntil() == null ? Instant.now() : user.signIns().lockedUntil());
    users.save(user);
    events.publishEvent(
        new UserChanged(id, Map.of("lockedUntil", new FieldChange("locked", null))));
    return user.view();
  }

  /** Creates the installation's first admin, if the firm has none. Returns null when one exists. */
  @Transactional
  Registered createFirstAdmin(String email, String password, boolean oneTime) {
    if (users.existsByRole(Role.ADMIN)) {
      return null;
    }
    if (!oneTime) {
      passwords.requireAcceptable(password, email, "Administrator", "STEWARD_ADMIN_PASSWORD");
    }
    var user =
        User.local(
            CurrentTenant.require(),
            email.trim().toLowerCase(Locale.ROOT),
            "Administrator",
            Role.ADMIN,
            hashing.hash(password),
            oneTime);
    users.save(user);
    events.publishEvent(
        new UserRegistered(user.id(), user.email(), Role.ADMIN, SignInMethod.PASSWORD));
    return new Registered(user.view(), oneTime ? password : null);
  }

  private boolean rolesFollowEntra() {
    return tenants.find(CurrentTenant.require()).map(TenantInfo::entraRoles).orElse(EntraRoles.AUTO)
        == EntraRoles.ENTRA;
  }

  private void requireAnotherAdmin(User user) {
    if (!users.existsByRoleAndActiveIsTrueAndIdNot(Role.ADMIN, user.id())) {
      throw new ConflictException(
          "The firm needs at least one active admin. Make someone else admin first.");
    }
  }

  /** A user and, when one was made, their one-time password (shown once, never stored in clear). */
  @NullMarked
  record Registered(UserView user, @Nullable String oneTimePassword) {}
}
