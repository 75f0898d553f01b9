package dev.steward.contacts;

import dev.steward.tenancy.CurrentTenant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of one merge's two contacts as they were before it, by table (each a jsonb array of the
 * whole rows), kept with the merge so that its undo can restore them.
 */
public final class MergeRows {

  private static final Pattern TABLE = Pattern.compile("^[a-z_]{1,63}$");

  private final JdbcClient jdbc;
  private final Map<String, String> saved;

  MergeRows(JdbcClient jdbc, Map<String, String> saved) {
    this.jdbc = jdbc;
    this.saved = new LinkedHashMap<>(saved);
  }

  /**
   * Saves the firm's rows of {@code table} that {@code condition} (SQL on alias {@code t}) takes.
   */
  public void save(String table, String condition, Object... params) {
    requireTable(table);
    var all = new Object[params.length + 1];
    all[0] = CurrentTenant.require();
    System.arraycopy(params, 0, all, 1, params.length);
    String rows =
        jdbc.sql(
                "select coalesce(jsonb_agg(to_jsonb(t)), '[]'::jsonb)::text from "
                    + table
                    + " t where t.tenant_id = ? and ("
                    + condition
                    + ")")
            .params(all)
            .query(String.class)
            .single();
    saved.merge(table, rows, MergeRows::concat);
  }

  /**
   * Restores the saved rows of {@code table}: deletes the current rows that {@code match} pairs
   * with a saved one (SQL on the current row {@code t} and the saved row {@code s}), then inserts
   * the saved rows as they were.
   */
  public void restore(String table, String match, Object... params) {
    requireTable(table);
    String rows = saved.get(table);
    if (rows == null) {
      return;
    }
    var all = new Object[params.length + 2];
    all[0] = rows;
    all[1] = CurrentTenant.require();
    System.arraycopy(params, 0, all, 2, params.length);
    jdbc.sql(
            "delete from "
                + table
                + " t using jsonb_populate_recordset(null::"
                + table
                + ", ?::jsonb) s where t.tenant_id = ? and ("
                + match
                + ")")
        .params(all)
        .update();
    jdbc.sql(
            "insert into "
                + table
                + " select * from jsonb_populate_recordset(null::"
                + table
                + ", ?::jsonb)")
        .param(rows)
        .update();
  }

  Map<String, String> saved() {
    return Map.copyOf(saved);
  }

  private static String concat(String a, String b) {
    if ("[]".equals(a)) {
      return b;
    }
    if ("[]".equals(b)) {
      return a;
    }
    return a.substring(0, a.length() - 1) + ", " + b.substring(1);
  }

  private static void requireTable(String table) {
    if (!TABLE.matcher(table).matches()) {
      throw new IllegalArgumentException("Not a table name: " + table);
    }
  }
}
