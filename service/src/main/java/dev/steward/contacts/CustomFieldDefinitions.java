package dev.steward.contacts;

import dev.steward.platform.ConflictException;
import dev.steward.platform.NotFoundException;
import dev.steward.tenancy.CurrentTenant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The custom fields a firm has defined for its contacts. */
@Service
class CustomFieldDefinitions {

  private final JdbcClient jdbc;

  CustomFieldDefinitions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  List<CustomFieldDefinition> all() {
    return jdbc.sql(
            "select field_key, label, field_type from custom_field_definitions where tenant_id = ? order by label")
        .param(CurrentTenant.require())
        .query(
            (rs, n) ->
                new CustomFieldDefinition(
                    rs.getString(1), rs.getString(2), CustomFieldType.of(rs.getString(3))))
        .list();
  }

  @Transactional(readOnly = true)
  Map<String, CustomFieldType> typesByKey() {
    Map<String, CustomFieldType> types = new LinkedHashMap<>();
    all().forEach(definition -> types.put(definition.key(), definition.type()));
    return types;
  }

  @Transactional
  CustomFieldDefinition create(CustomFieldDefinition definition) {
    int inserted =
        jdbc.sql(
                """
            insert into custom_field_definitions (id, tenant_id, field_key, label, field_type)
            values (?, ?, ?, ?, ?) on conflict (tenant_id, field_key) do nothing""")
            .params(
                UUID.randomUUID(),
                CurrentTenant.require(),
                definition.key(),
                definition.label().strip(),
                definition.type().value())
            .update();
    if (inserted == 0) {
      throw new ConflictException(
          "A custom field with the key '" + definition.key() + "' already exists.");
    }
    return definition;
  }

  /**
   * Removes the definition; values already stored on contacts stay, so nothing is lost by mistake.
   */
  @Transactional
  void delete(String key) {
    int deleted =
        jdbc.sql("delete from custom_field_definitions where tenant_id = ? and field_key = ?")
            .params(CurrentTenant.require(), key)
            .update();
    if (deleted == 0) {
      throw NotFoundException.of("Custom field", key);
    }
  }
}
