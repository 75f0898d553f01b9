package dev.steward.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, UUID> {

  @Query("select u from User u where lower(u.email) = lower(?1)")
  Optional<User> findByEmail(String email);

  Optional<User> findByAzureObjectId(UUID objectId);

  List<User> findAllByOrderByFullNameAsc();

  boolean existsByRole(Role role);

  boolean existsByRoleAndActiveIsTrueAndIdNot(Role role, UUID id);

  boolean existsByRoleAndActiveIsTrueAndMustChangePasswordIsFalse(Role role);
}
