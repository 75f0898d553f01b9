package dev.steward.platform.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Every table's row count and a checksum of its contents (rows as text, in a fixed order), read as
 * a superuser so that row-level security hides nothing. Flyway's own history is left out: a restore
 * migrates afresh, at other times.
 */
record DatabaseSnapshot(Map<String, String> tables) {

  static DatabaseSnapshot of(Connection connection) throws SQLException {
    var sql = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    Map<String, String> tables = new TreeMap<>();
    for (String table :
        sql.sql(
                "select tablename from pg_tables where schemaname = 'public'"
                    + " and tablename <> 'flyway_schema_history'")
            .query(String.class)
            .list()) {
      tables.put(
          table,
          sql.sql(
                  "select count(*) || ' rows, md5 ' || coalesce(md5(string_agg(t::text, E'\\n'"
                      + " order by t::text)), '-') from public."
                      + PublicTables.quote(table)
                      + " t")
              .query(String.class)
              .single());
    }
    return new DatabaseSnapshot(tables);
  }

  long rows() {
    return tables.values().stream()
        .mapToLong(value -> Long.parseLong(value.substring(0, value.indexOf(' '))))
        .sum();
  }
}
