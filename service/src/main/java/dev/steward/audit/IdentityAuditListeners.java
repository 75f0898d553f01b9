package dev.steward.audit;

import dev.steward.identity.IdentityEvents;
import dev.steward.platform.FieldChange;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sign-in and user events as audit entries: sign-ins and their failures, sessions, passwords,
 * two-step sign-in, users and roles, and firm settings. Each runs just before its transaction
 * commits, inside it; an event published outside a transaction is written at once.
 */
@Component
class IdentityAuditListeners {

  private final AuditWriter audit;

  IdentityAuditListeners(AuditWriter audit) {
    this.audit = audit;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.UserSignedIn event) {
    audit.write(
        "auth.sign_in",
        "user",
        event.userId(),
        Map.of("method", event.method().name().toLowerCase()),
        event.userId(),
        event.email());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.SignInFailed event) {
    audit.write(
        "auth.sign_in_failed",
        "user",
        event.userId(),
        Map.of("reason", event.reason()),
        event.userId(),
        event.email());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.AccountLocked event) {
    audit.write("auth.account_locked", "user", event.userId(), null, event.userId(), event.email());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.UserSignedOut event) {
    audit.write("auth.sign_out", "user", event.userId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.RefreshTokenReused event) {
    audit.write(
        "auth.refresh_token_reused",
        "user",
        event.userId(),
        Map.of("family", event.familyId()),
        event.userId(),
        null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.PasswordChanged event) {
    audit.write("auth.password_changed", "user", event.userId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.MfaEnabled event) {
    audit.write("auth.mfa_enabled", "user", event.userId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.MfaDisabled event) {
    audit.write("auth.mfa_disabled", "user", event.userId(), null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.RecoveryCodeUsed event) {
    audit.write(
        "auth.recovery_code_used",
        "user",
        event.userId(),
        Map.of("remaining", event.remaining()),
        event.userId(),
        null);
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.UserRegistered event) {
    audit.write(
        "user.registered",
        "user",
        event.userId(),
        Map.of(
            "email",
            event.email(),
            "role",
            event.role().value(),
            "method",
            event.method().name().toLowerCase()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.UserChanged event) {
    audit.write(
        event.changes().containsKey("role") ? "user.role_changed" : "user.updated",
        "user",
        event.userId(),
        event.changes());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.RoleChangeRefused event) {
    audit.write(
        "user.role_change_refused",
        "user",
        event.userId(),
        Map.of(
            "role",
            new FieldChange(event.current().value(), event.refused().value()),
            "reason",
            event.reason()));
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(IdentityEvents.TenantSettingsChanged event) {
    audit.write("tenant.updated", "tenant", event.tenantId(), event.changes());
  }
}
