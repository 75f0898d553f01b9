package dev.steward.identity;

import java.util.UUID;
import org.springframework.stereotype.Service;

/** What other features (and set-up code) may ask of users. Works within the current tenant. */
@Service
public class Users {

  private final UserService service;

  Users(UserService service) {
    this.service = service;
  }

  /**
   * Creates a local user with a password of their own (checked against the password rules).
   *
   * @return the new user's id
   */
  public UUID createLocal(String email, String fullName, Role role, String password) {
    return service.register(new RegisterRequest(email, fullName, role, password)).user().id();
  }
}
