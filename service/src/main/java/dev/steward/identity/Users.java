package dev.steward.identity;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features (and set-up code) may ask of users. Works within the current tenant. */
@Service
public class Users {

  private final UserService service;
  private final UserRepository repository;

  Users(UserService service, UserRepository repository) {
    this.service = service;
    this.repository = repository;
  }

  /** The full name of a user of the firm, if there is one with this id. */
  @Transactional(readOnly = true)
  public Optional<String> nameOf(UUID userId) {
    return userId == null ? Optional.empty() : repository.findById(userId).map(User::fullName);
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
