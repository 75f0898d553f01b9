package dev.steward.identity;

import dev.steward.identity.IdentityEvents.MfaDisabled;
import dev.steward.identity.IdentityEvents.MfaEnabled;
import dev.steward.identity.IdentityEvents.RecoveryCodeUsed;
import dev.steward.identity.credentials.QrCodes;
import dev.steward.identity.credentials.RecoveryCodes;
import dev.steward.identity.credentials.SecretCipher;
import dev.steward.identity.credentials.Totp;
import dev.steward.platform.ConflictException;
import dev.steward.platform.InvalidInputException;
import dev.steward.tenancy.CurrentTenant;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOTP MFA for local users: setup (a secret, its otpauth URI and QR code), verification that turns
 * it on and hands out ten recovery codes, and the checks at sign-in. Secrets are stored encrypted,
 * bound to their user.
 */
@Service
class MfaService {

  static final String ISSUER = "Steward";

  private final Totp totp;
  private final SecretCipher cipher;
  private final RecoveryCodes recoveryCodes;
  private final QrCodes qrCodes;
  private final UserRepository users;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  MfaService(
      Totp totp,
      SecretCipher cipher,
      RecoveryCodes recoveryCodes,
      QrCodes qrCodes,
      UserRepository users,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.totp = totp;
    this.cipher = cipher;
    this.recoveryCodes = recoveryCodes;
    this.qrCodes = qrCodes;
    this.users = users;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Starts (or restarts) setup; MFA stays off until a code from the new secret is verified. */
  @Transactional
  MfaSetup setup(User user) {
    if (user.passwordHash() == null) {
      throw new ConflictException("Microsoft accounts use Microsoft's own MFA.");
    }
    if (user.totp().enabled()) {
      throw new ConflictException(
          "MFA is already on for this account. Turn it off first to set up a new phone.");
    }
    String secret = totp.newSecret();
    user.startMfaSetup(cipher.encrypt(secret.getBytes(StandardCharsets.US_ASCII), aad(user)));
    users.save(user);
    String uri = totp.otpauthUri(secret, user.email(), ISSUER);
    return new MfaSetup(secret, uri, qrCodes.dataUri(uri));
  }

  /**
   * Turns MFA on when {@code code} matches the pending secret; returns the recovery codes, shown
   * this once.
   */
  @Transactional
  List<String> verify(User user, String code, Instant now) {
    if (user.totp().secret() == null) {
      throw new ConflictException("Start MFA setup first.");
    }
    if (user.totp().enabled()) {
      throw new ConflictException("MFA is already on for this account.");
    }
    var step = totp.verify(secret(user), code, 0, now);
    if (step.isEmpty()) {
      throw InvalidInputException.of(
          "code", "does not match; check the time on your phone and try the next code");
    }
    user.enableMfa(step.getAsLong());
    users.save(user);
    var codes = recoveryCodes.generate();
    jdbc.sql("delete from recovery_codes where tenant_id = ? and user_id = ?")
        .params(CurrentTenant.require(), user.id())
        .update();
    for (String recoveryCode : codes) {
      jdbc.sql("insert into recovery_codes (id, tenant_id, user_id, code_hash) values (?, ?, ?, ?)")
          .params(
              UUID.randomUUID(),
              CurrentTenant.require(),
              user.id(),
              recoveryCodes.hash(recoveryCode))
          .update();
    }
    events.publishEvent(new MfaEnabled(user.id()));
    return codes;
  }

  @Transactional
  void disable(User user) {
    user.disableMfa();
    users.save(user);
    jdbc.sql("delete from recovery_codes where tenant_id = ? and user_id = ?")
        .params(CurrentTenant.require(), user.id())
        .update();
    events.publishEvent(new MfaDisabled(user.id()));
  }

  /** A TOTP code at sign-in; each code works once. */
  boolean acceptTotp(User user, String code, Instant now) {
    var step = totp.verify(secret(user), code, user.totp().lastStep(), now);
    step.ifPresent(user::useTotpStep);
    return step.isPresent();
  }

  /** A recovery code at sign-in; it is spent. */
  boolean acceptRecoveryCode(User user, String code) {
    record Stored(UUID id, String hash) {}
    var unused =
        jdbc.sql(
                "select id, code_hash from recovery_codes where tenant_id = ? and user_id = ? and used_at is null")
            .params(CurrentTenant.require(), user.id())
            .query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2)))
            .list();
    for (var stored : unused) {
      if (recoveryCodes.matches(code, stored.hash())) {
        jdbc.sql("update recovery_codes set used_at = now() where id = ?")
            .param(stored.id())
            .update();
        events.publishEvent(new RecoveryCodeUsed(user.id(), unused.size() - 1));
        return true;
      }
    }
    return false;
  }

  private String secret(User user) {
    return new String(cipher.decrypt(user.totp().secret(), aad(user)), StandardCharsets.US_ASCII);
  }

  private static byte[] aad(User user) {
    return ("totp:" + user.id()).getBytes(StandardCharsets.US_ASCII);
  }

  /** What the user scans: the secret, as text and as a QR code of its otpauth URI. */
  @NullMarked
  record MfaSetup(String secret, String otpauthUri, String qrCodeDataUri) {}
}
