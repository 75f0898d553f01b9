package dev.steward.identity;

import dev.steward.identity.IdentityEvents.AccountLocked;
import dev.steward.identity.IdentityEvents.SignInFailed;
import dev.steward.identity.IdentityEvents.UserSignedIn;
import dev.steward.identity.StewardPrincipal.SignInMethod;
import dev.steward.identity.credentials.PasswordHashing;
import dev.steward.tenancy.CurrentTenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Local sign-in with password and TOTP, with lockouts and slow-downs after failures; {@link
 * SignInSessions} issues, rotates and ends the sessions.
 */
@Service
class SignInService {

  static final String WRONG_CREDENTIALS = "The email or password is not right.";
  static final String ONE_TIME_PASSWORD_USED =
      "This one-time password has already been used: it works for one sign-in "
          + "only, to choose a password of your own.";
  private static final Duration MAX_SLOW_DOWN = Duration.ofSeconds(4);

  private final UserRepository users;
  private final PasswordHashing hashing;
  private final MfaService mfa;
  private final SignInSessions sessions;
  private final RefreshTokens refreshTokens;
  private final IpLockout ipLockout;
  private final SignInFirm firms;
  private final IdentitySettings settings;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock = Clock.systemUTC();

  SignInService(
      UserRepository users,
      PasswordHashing hashing,
      MfaService mfa,
      SignInSessions sessions,
      RefreshTokens refreshTokens,
      IpLockout ipLockout,
      SignInFirm firms,
      IdentitySettings settings,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager) {
    this.users = users;
    this.hashing = hashing;
    this.mfa = mfa;
    this.sessions = sessions;
    this.refreshTokens = refreshTokens;
    this.ipLockout = ipLockout;
    this.firms = firms;
    this.settings = settings;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  SignInResult signIn(LoginRequest request, String ip, String host) {
    Duration ipLock = ipLockout.remainingLock(ip);
    if (!ipLock.isZero()) {
      return SignInResult.locked(
          "Too many failed sign-ins from your network. Try again in " + minutes(ipLock) + ".",
          ipLock);
    }
    UUID tenant = firms.resolve(request.firm(), host);
    var result =
        CurrentTenant.callAs(tenant, () -> transaction.execute(status -> attempt(request, tenant)));
    if (result.outcome() == SignInResult.Outcome.REFUSED) {
      ipLockout.recordFailure(ip);
      pause(result.pause());
    } else if (result.outcome() == SignInResult.Outcome.SIGNED_IN) {
      ipLockout.recordSuccess(ip);
    }
    return result;
  }

  private SignInResult attempt(LoginRequest request, UUID tenant) {
    Instant now = clock.instant();
    var found =
        users
            .findByEmail(request.email().trim())
            .filter(User::active)
            .filter(user -> user.passwordHash() != null);
    if (found.isEmpty()) {
      hashing.matchesNothing(request.password());
      events.publishEvent(
          new SignInFailed(tenant, null, request.email(), "unknown email or no local password"));
      return SignInResult.refused(WRONG_CREDENTIALS);
    }
    var user = found.get();
    if (user.signIns().lockedAt(now)) {
      events.publishEvent(new SignInFailed(tenant, user.id(), user.email(), "account locked"));
      Duration left = Duration.between(now, user.signIns().lockedUntil());
      return SignInResult.locked(
          "Too many failed sign-ins. This account is locked for " + minutes(left) + ".", left);
    }
    if (!hashing.matches(request.password(), user.passwordHash())) {
      return fail(user, tenant, now, "wrong password");
    }
    if (user.totp().enabled()) {
      if (isBlank(request.code()) && isBlank(request.recoveryCode())) {
        return SignInResult.mfaRequired();
      }
      boolean passed =
          !isBlank(request.code())
              ? mfa.acceptTotp(user, request.code(), now)
              : mfa.acceptRecoveryCode(user, request.recoveryCode());
      if (!passed) {
        return fail(user, tenant, now, "wrong MFA code");
      }
    }
    if (user.mustChangePassword()) {
      if (user.oneTimePasswordUsed()) {
        events.publishEvent(
            new SignInFailed(tenant, user.id(), user.email(), "one-time password used again"));
        return SignInResult.refused(
            users.existsByRoleAndActiveIsTrueAndIdNot(Role.ADMIN, user.id())
                ? ONE_TIME_PASSWORD_USED + " Ask an administrator for a new one."
                : ONE_TIME_PASSWORD_USED
                    + " Restart Steward: it prints a new one while no admin has chosen a password.");
      }
      user.useOneTimePassword(now);
    }
    if (hashing.needsRehash(user.passwordHash())) {
      user.changePassword(hashing.hash(request.password()), now);
    }
    user.recordSignIn(now);
    users.save(user);
    events.publishEvent(new UserSignedIn(user.id(), user.email(), SignInMethod.PASSWORD));
    return SignInResult.signedIn(
        sessions.newSession(user, refreshTokens.issueNewFamily(user.id())));
  }

  private SignInResult fail(User user, UUID tenant, Instant now, String reason) {
    boolean locked = user.recordFailedSignIn(now, settings.lockAfterFailures(), settings.lockFor());
    users.save(user);
    events.publishEvent(new SignInFailed(tenant, user.id(), user.email(), reason));
    if (locked) {
      events.publishEvent(new AccountLocked(user.id(), user.email()));
      return SignInResult.locked(
          "Too many failed sign-ins. This account is locked for "
              + minutes(settings.lockFor())
              + ".",
          settings.lockFor());
    }
    return SignInResult.refused(
        reason.equals("wrong MFA code")
            ? "That code is not right. Check the time on your phone, or use a recovery code."
            : WRONG_CREDENTIALS,
        slowDown(user.signIns().failuresInARow()));
  }

  /** Each failure in a row makes the next answer wait longer: 0.25 s, 0.5 s, 1 s ... up to 4 s. */
  static Duration slowDown(int failuresInARow) {
    int doublings = Math.min(Math.max(0, failuresInARow - 1), 5);
    return Duration.ofMillis(Math.min(MAX_SLOW_DOWN.toMillis(), 250L << doublings));
  }

  private static void pause(Duration pause) {
    if (pause == null || pause.isZero()) {
      return;
    }
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  static String minutes(Duration duration) {
    long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }
}
