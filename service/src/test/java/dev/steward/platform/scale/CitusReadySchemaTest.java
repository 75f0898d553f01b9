package dev.steward.platform.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema against the plan for many firms (README, "Scale"): Citus distributes every firm's
 * table by {@code tenant_id}, which needs the column on every table and in every foreign key (and
 * primary or unique key it references), so that a row and the rows it points to live on one shard.
 * The tables outside that plan are named here, each with its reason.
 */
class CitusReadySchemaTest extends IntegrationTest {

  /** Tables that are not a firm's and stay on the coordinator (or become reference tables). */
  private static final Map<String, String> NOT_DISTRIBUTED =
      Map.of(
          "flyway_schema_history", "Flyway's own record of migrations (coordinator only)",
          "scheduled_tasks",
              "db-scheduler claims work before any firm is set; holds ids, no firm's data",
          "rate_limit_buckets",
              "sign-in limits are counted per address before a firm is known; no firm's data",
          "tenants", "the firms themselves: a reference table, keyed by id (= tenant_id)");

  @Autowired DataSource dataSource;

  @Test
  void everyFirmsTableHasTenantIdAndEveryForeignKeyIncludesIt() {
    var jdbc = JdbcClient.create(dataSource);
    List<String> tables =
        jdbc.sql(
                """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                order by 1""")
            .query(String.class)
            .list();
    assertThat(tables).contains("contacts", "users", "scheduled_tasks");
    assertThat(tables).containsAll(NOT_DISTRIBUTED.keySet());

    Map<String, String> problems = new TreeMap<>();
    for (String table : tables) {
      if (NOT_DISTRIBUTED.containsKey(table)) {
        continue;
      }
      boolean hasTenant =
          jdbc.sql(
                      """
                  select count(*) from information_schema.columns
                  where table_schema = current_schema() and table_name = ? and column_name = 'tenant_id'""")
                  .param(table)
                  .query(Integer.class)
                  .single()
              > 0;
      if (!hasTenant) {
        problems.put(table, "no tenant_id column");
      }
    }

    record ForeignKey(
        String name, String table, String target, List<String> columns, List<String> targets) {}
    var foreignKeys =
        jdbc.sql(
                """
                select con.conname, rel.relname, ref.relname,
                       array(select a.attname::text from unnest(con.conkey) with ordinality k(num, pos)
                             join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num
                             order by k.pos),
                       array(select a.attname::text from unnest(con.confkey) with ordinality k(num, pos)
                             join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num
                             order by k.pos)
                from pg_constraint con
                join pg_class rel on rel.oid = con.conrelid
                join pg_class ref on ref.oid = con.confrelid
                join pg_namespace n on n.oid = rel.relnamespace
                where con.contype = 'f' and n.nspname = current_schema()
                order by 2, 1""")
            .query(
                (rs, n) ->
                    new ForeignKey(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        List.of((String[]) rs.getArray(4).getArray()),
                        List.of((String[]) rs.getArray(5).getArray())))
            .list();
    assertThat(foreignKeys).isNotEmpty();
    for (var key : foreignKeys) {
      if (NOT_DISTRIBUTED.containsKey(key.target()) || NOT_DISTRIBUTED.containsKey(key.table())) {
        continue; // a reference to a reference table needs no distribution column
      }
      int at = key.columns().indexOf("tenant_id");
      if (at < 0 || !"tenant_id".equals(key.targets().get(at))) {
        problems.put(
            key.table() + "." + key.name(),
            "references "
                + key.target()
                + key.targets()
                + " by "
                + key.columns()
                + " without tenant_id");
      }
    }
    assertThat(problems).as("tables and foreign keys that Citus could not co-locate").isEmpty();
  }
}
