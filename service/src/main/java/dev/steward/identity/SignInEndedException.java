package dev.steward.identity;

import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * A valid Steward token of a sign-in that has ended: signed out, or ended by a password or role
 * change.
 */
class SignInEndedException extends InvalidBearerTokenException {

  SignInEndedException() {
    super("This sign-in has ended. Sign in again.");
  }
}
