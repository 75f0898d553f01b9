package dev.steward.identity;

import org.springframework.security.core.AuthenticationException;

/**
 * A valid Microsoft token that may not sign in (no firm for its organisation, a clash): 403, not
 * 401.
 */
class SignInForbiddenException extends AuthenticationException {

  private final String title;

  SignInForbiddenException(String message) {
    this("Firm not connected", message);
  }

  SignInForbiddenException(String title, String message) {
    super(message);
    this.title = title;
  }

  String title() {
    return title;
  }
}
