package dev.steward.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenantRepository extends JpaRepository<Tenant, UUID> {

  Optional<Tenant> findFirstByOrderByCreatedAtAsc();

  Optional<Tenant> findByAzureTenantId(UUID azureTenantId);

  List<Tenant> findAllByOrderByCreatedAtAsc();
}
