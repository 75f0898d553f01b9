package dev.steward.tenancy;

import dev.steward.platform.ConflictException;
import dev.steward.platform.FieldChange;
import dev.steward.platform.NotFoundException;
import dev.steward.platform.Versions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The firms this service holds. Anyone may read them; a firm changes only within its own tenant.
 */
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
    return repository.findAllByOrderByCreatedAtAsc().stream().map(Tenant::toInfo).toList();
  }

  @Transactional(readOnly = true)
  public Optional<TenantInfo> find(UUID id) {
    return repository.findById(id).map(Tenant::toInfo);
  }

  /** The firm connected to a Microsoft Entra tenant. */
  @Transactional(readOnly = true)
  public Optional<TenantInfo> findByAzureTenantId(UUID azureTenantId) {
    return repository.findByAzureTenantId(azureTenantId).map(Tenant::toInfo);
  }

  /**
   * The first firm created: the one a single-firm installation serves, and whose admins run the
   * installation.
   */
  public UUID defaultTenantId() {
    UUID id = defaultTenantId;
    if (id == null) {
      id =
          repository
              .findFirstByOrderByCreatedAtAsc()
              .map(Tenant::id)
              .orElseThrow(() -> new IllegalStateException("No firm exists yet"));
      defaultTenantId = id;
    }
    return id;
  }

  /**
   * Creates a firm. Its own id is set as the tenant of the insert, which its row-level policy
   * requires.
   */
  public TenantInfo create(String name, String subdomain) {
    UUID id = UUID.randomUUID();
    return CurrentTenant.callAs(
        id,
        () ->
            transactions.execute(
                status -> repository.save(new Tenant(id, name, subdomain)).toInfo()));
  }

  /** Creates the firm of a Microsoft Entra tenant that signs in for the first time. */
  public TenantInfo createForEntra(String name, UUID azureTenantId) {
    UUID id = UUID.randomUUID();
    return CurrentTenant.callAs(
        id,
        () ->
            transactions.execute(
                status -> repository.save(Tenant.forEntra(id, name, azureTenantId)).toInfo()));
  }

  /**
   * Changes a firm's settings, unless someone changed them since {@code expectedVersion}.
   *
   * @return the changed fields, empty when nothing changed
   */
  public Map<String, FieldChange> update(
      UUID tenantId, TenantSettings settings, long expectedVersion) {
    return CurrentTenant.callAs(
        tenantId,
        () ->
            transactions.execute(
                status -> {
                  var tenant =
                      repository
                          .findById(tenantId)
                          .orElseThrow(() -> NotFoundException.of("Firm", tenantId));
                  Versions.check("This firm", expectedVersion, tenant.version());
                  if (settings.azureTenantId() != null) {
                    repository
                        .findByAzureTenantId(settings.azureTenantId())
                        .filter(other -> !other.id().equals(tenantId))
                        .ifPresent(
                            other -> {
                              throw new ConflictException(
                                  "Another firm is already connected to this Microsoft tenant.");
                            });
                  }
                  var changes = tenant.update(settings);
                  repository.saveAndFlush(tenant);
                  return changes;
                }));
  }

  /**
   * Switches a firm whose roles source is {@code auto} to following Entra app roles, because a
   * sign-in's token carried one. Joins the caller's transaction, in the firm's tenant; of two
   * sign-ins at once, one switches it.
   *
   * @return true when the firm was switched now
   */
  @Transactional
  public boolean followEntraRoles(UUID tenantId) {
    return repository.followEntraRoles(tenantId, Instant.now()) == 1;
  }
}
