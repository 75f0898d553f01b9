package dev.steward.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Read-only JDBC transactions on the replica's pool, with the firm handed to PostgreSQL at the
 * start of each, as {@link TenantTransactionManager} does on the primary: row-level security binds
 * the replica's reads the same way.
 */
class ReplicaTransactionManager extends DataSourceTransactionManager {

  ReplicaTransactionManager(DataSource dataSource) {
    super(dataSource);
    setEnforceReadOnly(true);
  }

  @Override
  protected void prepareTransactionalConnection(
      Connection connection, TransactionDefinition definition) throws SQLException {
    super.prepareTransactionalConnection(connection, definition);
    String tenant = CurrentTenant.id().map(UUID::toString).orElse("");
    try (var statement =
        connection.prepareStatement("select set_config('steward.tenant_id', ?, true)")) {
      statement.setString(1, tenant);
      statement.execute();
    }
  }
}
