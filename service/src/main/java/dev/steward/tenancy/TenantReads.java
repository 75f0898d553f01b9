package dev.steward.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One read of the current firm in a single round trip to PostgreSQL, for the hottest path (the
 * Outlook pane's lookup on every message). A transaction would take three: set the firm, query,
 * commit. Here the firm is set and the query run by one prepared statement of two commands, which
 * the driver sends together before one Sync; PostgreSQL runs everything before a Sync as one
 * implicit transaction, so the firm (set with {@code is_local}) binds the query under row-level
 * security and is gone when it ends. Inside a transaction the query simply runs on its connection,
 * whose firm {@link TenantTransactionManager} has already set.
 */
@Component
public class TenantReads {

  private static final String SET_TENANT = "select set_config('steward.tenant_id', ?, true);\n";

  private final JdbcTemplate jdbc;

  TenantReads(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
  }

  /** Rows of {@code sql} (one statement, {@code ?} parameters), for {@link CurrentTenant}. */
  public <T> List<T> query(String sql, RowMapper<T> rows, Object... params) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return jdbc.query(sql, rows, params);
    }
    String tenant = CurrentTenant.require().toString();
    return jdbc.execute(
        (ConnectionCallback<List<T>>)
            connection -> {
              if (!connection.getAutoCommit()) {
                throw new IllegalStateException(
                    "A pooled connection outside a transaction must be in auto-commit");
              }
              try (PreparedStatement statement = connection.prepareStatement(SET_TENANT + sql)) {
                statement.setString(1, tenant);
                for (int i = 0; i < params.length; i++) {
                  StatementCreatorUtils.setParameterValue(
                      statement, i + 2, SqlTypeValue.TYPE_UNKNOWN, params[i]);
                }
                statement.execute();
                if (!statement.getMoreResults()) {
                  throw new IllegalStateException(
                      "The query after setting the firm returned no rows");
                }
                return map(statement.getResultSet(), rows);
              }
            });
  }

  /** A {@code text[]} parameter, for {@code = any(?)}. */
  public static Object textArray(List<String> values) {
    return new TextArray(values);
  }

  private static <T> List<T> map(ResultSet results, RowMapper<T> rows) throws SQLException {
    List<T> mapped = new ArrayList<>();
    try (results) {
      for (int n = 0; results.next(); n++) {
        mapped.add(rows.mapRow(results, n));
      }
    }
    return mapped;
  }

  private record TextArray(List<String> values) implements SqlTypeValue {
    @Override
    public void setTypeValue(PreparedStatement statement, int index, int sqlType, String typeName)
        throws SQLException {
      Connection connection = statement.getConnection();
      statement.setArray(index, connection.createArrayOf("text", values.toArray()));
    }
  }
}
