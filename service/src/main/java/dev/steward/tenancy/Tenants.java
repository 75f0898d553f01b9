package dev.steward.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The firms this service holds. */
@Service
public class Tenants {

  private final TenantRepository repository;
  private final TransactionTemplate transactions;
  private volatile UUID defaultTenantId;

  Tenants(TenantRepository repository, PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Transactional(readOnly = true)
  public List<TenantInfo> all() {
    return repository.findAll().stream().map(Tenant::toInfo).toList();
  }

  @Transactional(readOnly = true)
  public Optional<TenantInfo> find(UUID id) {
    return repository.findById(id).map(Tenant::toInfo);
  }

  /** The first firm created, which a single-firm installation serves. */
  public UUID defaultTenantId() {
    UUID id = defaultTenantId;
    if (id == null) {
      id = repository.findFirstByOrderByCreatedAtAsc()
          .map(Tenant::id)
          .orElseThrow(() -> new IllegalStateException("No firm exists yet"));
      defaultTenantId = id;
    }
    return id;
  }

  /** Creates a firm. Its own id is set as the tenant of the insert, which its row-level policy requires. */
  public TenantInfo create(String name, String subdomain) {
    UUID id = UUID.randomUUID();
    return CurrentTenant.callAs(id,
        () -> transactions.execute(status -> repository.save(new Tenant(id, name, subdomain)).toInfo()));
  }
}
