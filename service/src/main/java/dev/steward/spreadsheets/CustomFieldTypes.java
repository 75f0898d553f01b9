package dev.steward.spreadsheets;

import dev.steward.tenancy.CurrentTenant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The firm's custom fields, key to type, read straight from their table: the contacts facade does
 * not list them, and an import only needs the keys and types to convert cells.
 */
@Component
class CustomFieldTypes {

  private final JdbcClient jdbc;

  CustomFieldTypes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, String> byKey() {
    Map<String, String> types = new HashMap<>();
    jdbc.sql("select field_key, field_type from custom_field_definitions where tenant_id = ?")
        .param(CurrentTenant.require())
        .query(
            rs -> {
              types.put(rs.getString(1), rs.getString(2));
            });
    return types;
  }
}
