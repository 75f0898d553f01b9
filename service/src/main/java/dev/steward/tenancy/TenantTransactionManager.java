package dev.steward.tenancy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The JPA transaction manager, which also hands the current tenant to PostgreSQL at the start of
 * every transaction ({@code set_config(..., true)} lasts until commit or rollback). JDBC work in
 * the same transaction shares the connection, so COPY and JdbcClient are bound by the same
 * row-level security.
 */
class TenantTransactionManager extends JpaTransactionManager {

  TenantTransactionManager(EntityManagerFactory entityManagerFactory) {
    super(entityManagerFactory);
  }

  @Override
  protected void doBegin(Object transaction, TransactionDefinition definition) {
    super.doBegin(transaction, definition);
    var holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(getDataSource());
    if (holder == null) {
      throw new CannotCreateTransactionException(
          "No JDBC connection is bound to the JPA transaction");
    }
    String tenant = CurrentTenant.id().map(UUID::toString).orElse("");
    try (var statement =
        holder
            .getConnection()
            .prepareStatement("select set_config('steward.tenant_id', ?, true)")) {
      statement.setString(1, tenant);
      statement.execute();
    } catch (SQLException e) {
      throw new CannotCreateTransactionException("Could not set the tenant of the transaction", e);
    }
  }
}
