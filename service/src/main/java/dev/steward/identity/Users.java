package dev.steward.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features (and set-up code) may ask of users. Works within the current tenant. */
@Service
public class Users {

  private final UserService service;
  private final UserRepository users;

  Users(UserService service, UserRepository users) {
    this.service = service;
    this.users = users;
  }

  /** The full names of these users of the firm, by id (users not found are left out). */
  @Transactional(readOnly = true)
  public Map<UUID, String> namesOf(Collection<UUID> ids) {
    return users.findAllById(ids).stream()
        .collect(Collectors.toMap(User::id, User::fullName, (a, b) -> a));
  }

  /** The full name of a user of the firm, if there is one with this id. */
  @Transactional(readOnly = true)
  public Optional<String> nameOf(UUID userId) {
    return userId == null ? Optional.empty() : users.findById(userId).map(User::fullName);
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
