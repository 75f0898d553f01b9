package dev.steward.identity;

import java.time.Instant;

/** Tokens in the body, for clients that cannot use cookies (the Office add-ins, scripts). */
record SessionBody(
    String accessToken,
    Instant accessTokenExpiresAt,
    String refreshToken,
    String tokenType,
    StewardPrincipal user) {

  static SessionBody of(SignInResult.Session session) {
    return new SessionBody(
        session.accessToken(),
        session.accessExpiresAt(),
        session.refreshToken(),
        "Bearer",
        session.principal());
  }
}
