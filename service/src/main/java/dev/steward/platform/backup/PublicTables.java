package dev.steward.platform.backup;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code public} schema's tables and the columns a COPY of each writes and reads back, as a
 * backup and its restore name them.
 */
final class PublicTables {

  private PublicTables() {}

  static List<String> names(JdbcClient sql) {
    return sql.sql(
            """
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and not c.relispartition
          and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
        order by c.relname""")
        .query(String.class)
        .list();
  }

  /** The columns a COPY can write back: not dropped, not generated. */
  static List<String> columns(JdbcClient sql, String table) {
    return sql.sql(
            """
        select a.attname from pg_attribute a
        where a.attrelid = ('public.' || quote_ident(?))::regclass and a.attnum > 0 and not a.attisdropped
          and a.attgenerated = ''
        order by a.attnum""")
        .param(table)
        .query(String.class)
        .list();
  }

  static String columnList(List<String> columns) {
    return String.join(", ", columns.stream().map(PublicTables::quote).toList());
  }

  static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
