package dev.steward.identity;

import dev.steward.identity.IdentityEvents.RefreshTokenReused;
import dev.steward.identity.IdentityEvents.UserSignedOut;
import dev.steward.identity.StewardPrincipal.SignInMethod;
import dev.steward.tenancy.CurrentTenant;
import dev.steward.tenancy.TenantInfo;
import dev.steward.tenancy.Tenants;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sessions of local sign-ins: a new one for a user who just proved who they are, refresh-token
 * rotation, and sign-out.
 */
@Service
class SignInSessions {

  private final UserRepository users;
  private final LocalTokens accessTokens;
  private final RefreshTokens refreshTokens;
  private final Tenants tenants;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  SignInSessions(
      UserRepository users,
      LocalTokens accessTokens,
      RefreshTokens refreshTokens,
      Tenants tenants,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager) {
    this.users = users;
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.tenants = tenants;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * A session in a new refresh-token family, for a signed-in user whose sign-in changed (a new
   * password, MFA turned on).
   */
  SignInResult.Session newFamily(User user) {
    var refresh =
        CurrentTenant.callAs(
            user.tenantId(),
            () -> transaction.execute(status -> refreshTokens.issueNewFamily(user.id())));
    return newSession(user, refresh);
  }

  /**
   * Swaps a refresh token for a new session. A token used twice revokes its family: someone copied
   * it.
   */
  SignInResult refresh(String refreshToken) {
    var tenant = RefreshTokens.tenantOf(refreshToken);
    if (tenant.isEmpty()) {
      return SignInResult.refused("Your session has ended. Please sign in again.");
    }
    return CurrentTenant.callAs(
        tenant.get(),
        () ->
            transaction.execute(
                status -> {
                  var rotation = refreshTokens.rotate(refreshToken);
                  switch (rotation.outcome()) {
                    case REUSED -> {
                      events.publishEvent(
                          new RefreshTokenReused(rotation.userId(), rotation.familyId()));
                      return SignInResult.refused(
                          "This session was used from somewhere else, so it has been ended everywhere. "
                              + "Please sign in again.");
                    }
                    case INVALID -> {
                      return SignInResult.refused("Your session has ended. Please sign in again.");
                    }
                    default -> {
                      var user = users.findById(rotation.userId()).filter(User::active);
                      if (user.isEmpty()) {
                        refreshTokens.revokeAllOf(rotation.userId());
                        return SignInResult.refused("This account is no longer active.");
                      }
                      return SignInResult.signedIn(
                          newSession(
                              user.get(),
                              new RefreshTokens.Issued(rotation.nextToken(), rotation.familyId())));
                    }
                  }
                }));
  }

  /**
   * Ends the sign-in of the refresh token (a browser's cookie) and that of the access token (a
   * script's or an add-in's Bearer token), whichever are present and valid. Ending an ended sign-in
   * is not an error.
   */
  void signOut(String refreshToken, String accessToken) {
    var session =
        accessToken == null
            ? Optional.<LocalTokens.TokenSession>empty()
            : accessTokens.sessionOf(accessToken);
    session.ifPresent(
        signedIn ->
            CurrentTenant.runAs(
                signedIn.tenantId(),
                () ->
                    transaction.executeWithoutResult(
                        status -> {
                          refreshTokens.revokeFamily(signedIn.sessionId());
                          events.publishEvent(new UserSignedOut(signedIn.userId()));
                        })));
    RefreshTokens.tenantOf(refreshToken)
        .ifPresent(
            tenant ->
                CurrentTenant.runAs(
                    tenant,
                    () ->
                        transaction.executeWithoutResult(
                            status ->
                                refreshTokens
                                    .revokeFamilyOf(refreshToken)
                                    .filter(userId -> session.isEmpty())
                                    .ifPresent(
                                        userId ->
                                            events.publishEvent(new UserSignedOut(userId))))));
  }

  /**
   * A new access token of the sign-in {@code refresh} belongs to, for a user who just proved who
   * they are.
   */
  SignInResult.Session newSession(User user, RefreshTokens.Issued refresh) {
    var access = accessTokens.issue(user.id(), user.tenantId(), refresh.familyId());
    boolean firmRequiresMfa =
        tenants.find(user.tenantId()).map(TenantInfo::mfaRequired).orElse(false);
    return new SignInResult.Session(
        user.principal(SignInMethod.PASSWORD, firmRequiresMfa),
        access.value(),
        access.expiresAt(),
        refresh.token());
  }
}
