package dev.steward.platform.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the service's database role would slip past row-level security: a superuser
 * or a role with BYPASSRLS sees every firm's rows, whatever the policies say.
 */
@Component
class RowLevelSecurityGuard implements InitializingBean {

  private final JdbcClient jdbc;

  RowLevelSecurityGuard(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  @Override
  public void afterPropertiesSet() {
    record Role(String name, boolean bypasses) {}
    var role =
        jdbc.sql(
                "select current_user, rolsuper or rolbypassrls from pg_roles where rolname = current_user")
            .query((rs, n) -> new Role(rs.getString(1), rs.getBoolean(2)))
            .single();
    if (role.bypasses()) {
      throw new IllegalStateException(
          "The database role '"
              + role.name()
              + "' is a superuser or has BYPASSRLS, so "
              + "row-level security would not keep firms apart. Connect as an ordinary role (STEWARD_DB_USER) and run "
              + "migrations as the owner (STEWARD_DB_MIGRATION_USER).");
    }
  }
}
