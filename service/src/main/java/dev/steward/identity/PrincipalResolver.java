package dev.steward.identity;

import dev.steward.identity.StewardPrincipal.SignInMethod;
import dev.steward.identity.entra.EntraIdentity;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.util.UUID;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a validated token into the user of the request. The user is read again every few seconds,
 * and at once after a change on this instance ({@link SignedInPrincipals}): a deactivated user or a
 * changed role takes effect within seconds, not when the token expires. Microsoft users are found
 * or provisioned by {@link MicrosoftUsers}.
 */
@Component
class PrincipalResolver {

  private final UserRepository users;
  private final Tenants tenants;
  private final MicrosoftUsers microsoftUsers;
  private final RevokedSessions revokedSessions;
  private final SignedInPrincipals recent;
  private final TransactionTemplate readOnly;

  PrincipalResolver(
      UserRepository users,
      Tenants tenants,
      MicrosoftUsers microsoftUsers,
      RevokedSessions revokedSessions,
      SignedInPrincipals recent,
      PlatformTransactionManager transactionManager) {
    this.users = users;
    this.tenants = tenants;
    this.microsoftUsers = microsoftUsers;
    this.revokedSessions = revokedSessions;
    this.recent = recent;
    this.readOnly = new TransactionTemplate(transactionManager);
    this.readOnly.setReadOnly(true);
  }

  StewardPrincipal local(Jwt jwt) {
    UUID tenantId = uuid(jwt.getClaimAsString(LocalTokens.TENANT_CLAIM));
    UUID userId = uuid(jwt.getSubject());
    UUID sessionId = uuid(jwt.getClaimAsString(LocalTokens.SESSION_CLAIM));
    String key = "local:" + sessionId + ":" + userId;
    StewardPrincipal cached = recent.cached(key);
    if (cached != null
        && cached.tenantId().equals(tenantId)
        && revokedSessions.knownLive(tenantId, sessionId)) {
      return cached;
    }
    // One read-only transaction for these lookups, at most once per session every few seconds.
    StewardPrincipal principal =
        CurrentTenant.callAs(
            tenantId,
            () ->
                readOnly.execute(
                    status -> {
                      if (revokedSessions.isRevoked(sessionId)) {
                        throw new SignInEndedException();
                      }
                      var tenant = activeTenant(tenantId);
                      return users
                          .findById(userId)
                          .filter(User::active)
                          .map(user -> user.principal(SignInMethod.PASSWORD, tenant.mfaRequired()))
                          .orElseThrow(
                              () -> new DisabledException("This account is no longer active."));
                    }));
    recent.put(key, principal);
    return principal;
  }

  StewardPrincipal microsoft(Jwt jwt) {
    var identity = EntraIdentity.from(jwt);
    // The token's app roles are part of the key: a role changed in Entra reaches the user with
    // their next token.
    String key =
        "entra:" + identity.tenantId() + ":" + identity.objectId() + ":" + identity.roles();
    return recent.get(key, () -> microsoftUsers.principal(identity));
  }

  private TenantInfo activeTenant(UUID tenantId) {
    var tenant =
        tenants.find(tenantId).orElseThrow(() -> new InvalidBearerTokenException("Unknown firm."));
    if (!tenant.active()) {
      throw new SignInForbiddenException(
          "Firm switched off", "Your firm's Steward account is not active.");
    }
    return tenant;
  }

  private static UUID uuid(String value) {
    try {
      return UUID.fromString(value);
    } catch (RuntimeException e) {
      throw new InvalidBearerTokenException("The token does not name a user, firm and sign-in.");
    }
  }
}
