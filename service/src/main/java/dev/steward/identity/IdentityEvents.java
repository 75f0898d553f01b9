package dev.steward.identity;

import dev.steward.platform.FieldChange;
import java.util.Map;
import java.util.UUID;

/** What happens to sign-ins and users, for the audit log. */
public final class IdentityEvents {

  private IdentityEvents() {}

  public record UserSignedIn(UUID userId, String email, StewardPrincipal.SignInMethod method) {}

  public record SignInFailed(UUID tenantId, UUID userId, String email, String reason) {}

  public record AccountLocked(UUID userId, String email) {}

  public record UserSignedOut(UUID userId) {}

  public record RefreshTokenReused(UUID userId, UUID familyId) {}

  public record PasswordChanged(UUID userId) {}

  public record MfaEnabled(UUID userId) {}

  public record MfaDisabled(UUID userId) {}

  public record RecoveryCodeUsed(UUID userId, int remaining) {}

  public record UserRegistered(
      UUID userId, String email, Role role, StewardPrincipal.SignInMethod method) {}

  public record UserChanged(UUID userId, Map<String, FieldChange> changes) {}

  /** A role change that was not made: Entra's app role would have demoted the firm's last admin. */
  public record RoleChangeRefused(UUID userId, Role current, Role refused, String reason) {}

  public record TenantSettingsChanged(UUID tenantId, Map<String, FieldChange> changes) {}
}
