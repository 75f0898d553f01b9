package dev.steward.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.steward.identity.IdentityEvents.RoleChangeRefused;
import dev.steward.identity.IdentityEvents.TenantSettingsChanged;
import dev.steward.identity.IdentityEvents.UserChanged;
import dev.steward.identity.IdentityEvents.UserRegistered;
import dev.steward.identity.IdentityEvents.UserSignedIn;
import dev.steward.identity.StewardPrincipal.SignInMethod;
import dev.steward.identity.entra.EntraIdentity;
import dev.steward.platform.FieldChange;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.EntraRoles;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Steward user behind a Microsoft sign-in: found by their Entra object id, linked to a local
 * user of the same email, or provisioned at first sign-in (with their firm, where firms may onboard
 * themselves); and, where the firm's roles follow Entra, given the role their token carries.
 */
@Component
class MicrosoftUsers {

  private final UserRepository users;
  private final Tenants tenants;
  private final IdentitySettings settings;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Cache<String, Boolean> refusalsAudited =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).maximumSize(10_000).build();

  MicrosoftUsers(
      UserRepository users,
      Tenants tenants,
      IdentitySettings settings,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager) {
    this.users = users;
    this.tenants = tenants;
    this.settings = settings;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  StewardPrincipal principal(EntraIdentity identity) {
    var tenant =
        tenants
            .findByAzureTenantId(identity.tenantId())
            .or(() -> onboard(identity))
            .orElseThrow(
                () ->
                    new SignInForbiddenException(
                        "Your Microsoft 365 organisation (tenant "
                            + identity.tenantId()
                            + ") is not connected to Steward. An administrator can connect it under "
                            + "firm settings."));
    if (!tenant.active()) {
      throw new SignInForbiddenException(
          "Firm switched off", "Your firm's Steward account is not active.");
    }
    return CurrentTenant.callAs(
        tenant.id(),
        () ->
            transaction.execute(
                status -> {
                  var user =
                      users
                          .findByAzureObjectId(identity.objectId())
                          .or(() -> linkLocalUser(identity))
                          .orElseGet(() -> provision(identity, tenant));
                  if (!user.active()) {
                    throw new DisabledException("This account is no longer active.");
                  }
                  followTokenRole(user, identity.roles(), tenant);
                  return user.principal(SignInMethod.MICROSOFT, false);
                }));
  }

  /**
   * Where the firm's roles follow Entra, the token's app role (or the default role, when it carries
   * none) becomes the user's role, in both directions. The firm's last active admin is never
   * demoted this way: the refusal is audited, once an hour per user and role rather than on every
   * request of the token.
   */
  private void followTokenRole(User user, List<String> appRoles, TenantInfo tenant) {
    Optional<Role> tokenRole = roleFromToken(appRoles);
    EntraRoles source = tenant.entraRoles();
    if (source == EntraRoles.AUTO
        && tokenRole.isPresent()
        && tenants.followEntraRoles(tenant.id())) {
      events.publishEvent(
          new TenantSettingsChanged(
              tenant.id(),
              Map.of(
                  "entraRoles",
                  new FieldChange(EntraRoles.AUTO.value(), EntraRoles.ENTRA.value()))));
      source = EntraRoles.ENTRA;
    }
    if (source != EntraRoles.ENTRA) {
      return;
    }
    Role role = tokenRole.orElse(settings.entraDefaultRole());
    if (role == user.role()) {
      return;
    }
    if (user.role() == Role.ADMIN
        && !users.existsByRoleAndActiveIsTrueAndIdNot(Role.ADMIN, user.id())) {
      if (refusalsAudited.asMap().putIfAbsent(user.id() + ":" + role, Boolean.TRUE) == null) {
        events.publishEvent(
            new RoleChangeRefused(
                user.id(),
                user.role(),
                role,
                "last admin of the firm: Entra's role for this user is " + role.value()));
      }
      return;
    }
    var change = new FieldChange(user.role().value(), role.value());
    user.changeRole(role);
    users.save(user);
    // No one is signed in yet while the token is resolved, so the log names no actor: Entra made
    // the change.
    events.publishEvent(new UserChanged(user.id(), Map.of("role", change)));
  }

  private Optional<TenantInfo> onboard(EntraIdentity identity) {
    if (!settings.entraOnboardTenants()) {
      return Optional.empty();
    }
    String domain =
        identity.preferredUsername() != null && identity.preferredUsername().contains("@")
            ? identity.preferredUsername().substring(identity.preferredUsername().indexOf('@') + 1)
            : identity.tenantId().toString();
    return Optional.of(tenants.createForEntra(domain, identity.tenantId()));
  }

  /**
   * A local user of the firm with the same email becomes the same person once the firm connects
   * Microsoft.
   */
  private Optional<User> linkLocalUser(EntraIdentity identity) {
    if (identity.preferredUsername() == null) {
      return Optional.empty();
    }
    return users
        .findByEmail(identity.preferredUsername())
        .filter(user -> user.azureObjectId() == null)
        .map(
            user -> {
              user.linkMicrosoftAccount(identity.objectId());
              return users.save(user);
            });
  }

  private User provision(EntraIdentity identity, TenantInfo tenant) {
    // The first person of a new firm must be able to administer it.
    Optional<Role> tokenRole =
        tenant.entraRoles() == EntraRoles.STEWARD
            ? Optional.empty()
            : roleFromToken(identity.roles());
    Role role =
        tokenRole.orElse(users.existsByRole(Role.ADMIN) ? settings.entraDefaultRole() : Role.ADMIN);
    String email =
        identity.preferredUsername() != null
            ? identity.preferredUsername().toLowerCase(Locale.ROOT)
            : identity.objectId() + "@" + identity.tenantId();
    if (users.findByEmail(email).isPresent()) {
      throw new SignInForbiddenException(
          "Account clash",
          "Another Microsoft account of your firm already uses "
              + email
              + " in Steward. Ask an administrator to sort out the two accounts.");
    }
    String name = identity.name() != null && !identity.name().isBlank() ? identity.name() : email;
    var user = users.save(User.microsoft(tenant.id(), identity.objectId(), email, name, role));
    events.publishEvent(new UserRegistered(user.id(), user.email(), role, SignInMethod.MICROSOFT));
    events.publishEvent(new UserSignedIn(user.id(), user.email(), SignInMethod.MICROSOFT));
    return user;
  }

  /**
   * Entra app roles: "admin", "user", "viewer", optionally prefixed ("Steward.Admin"); the highest
   * wins.
   */
  static Optional<Role> roleFromToken(List<String> roles) {
    if (roles == null) {
      return Optional.empty();
    }
    Role best = null;
    for (String claim : roles) {
      String name = claim.substring(claim.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      for (Role role : Role.values()) {
        if (role.value().equals(name) && (best == null || role.ordinal() < best.ordinal())) {
          best = role;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
