package dev.steward.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TenantRepository extends JpaRepository<Tenant, UUID> {

  Optional<Tenant> findFirstByOrderByCreatedAtAsc();

  Optional<Tenant> findByAzureTenantId(UUID azureTenantId);

  List<Tenant> findAllByOrderByCreatedAtAsc();

  /**
   * Switches a firm from {@code auto} to {@code entra} roles; 0 when it was not on {@code auto} (or
   * another won).
   */
  @Modifying
  @Query(
      "update Tenant t set t.entraRoles = 'entra', t.version = t.version + 1, t.updatedAt = ?2"
          + " where t.id = ?1 and t.entraRoles = 'auto'")
  int followEntraRoles(UUID id, Instant now);
}
