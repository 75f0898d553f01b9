package dev.steward.audit;

import dev.steward.platform.PageRequestParams;
import dev.steward.platform.PageResult;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the audit log of the current firm, newest first. */
@Component
class AuditLog {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  AuditLog(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  @Transactional(readOnly = true)
  PageResult<AuditEntry> find(AuditQuery query, PageRequestParams page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, params);
    var entries =
        jdbc.sql(
                "select * from audit_log where "
                    + where
                    + " order by occurred_at desc, id limit :limit offset :offset")
            .params(params)
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(this::entry)
            .list();
    long total =
        jdbc.sql("select count(*) from audit_log where " + where)
            .params(params)
            .query(Long.class)
            .single();
    return PageResult.of(entries, page.page(), page.size(), total, false);
  }

  /** Streams every matching entry, for the CSV export, without holding them all in memory. */
  @Transactional(readOnly = true)
  void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
    Map<String, Object> params = new HashMap<>();
    jdbc
        .sql(
            "select * from audit_log where "
                + where(query, params)
                + " order by occurred_at desc, id")
        .params(params)
        .query(this::entry)
        .stream()
        .forEach(consumer);
  }

  private static String where(AuditQuery query, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    conditions.add("tenant_id = :tenant");
    params.put("tenant", CurrentTenant.require());
    if (query.actorId() != null) {
      conditions.add("actor_id = :actor");
      params.put("actor", query.actorId());
    }
    if (query.entityType() != null && !query.entityType().isBlank()) {
      conditions.add("entity_type = :entityType");
      params.put("entityType", query.entityType().trim());
    }
    if (query.entityId() != null) {
      conditions.add("entity_id = :entityId");
      params.put("entityId", query.entityId());
    }
    if (query.action() != null && !query.action().isBlank()) {
      // "contact" matches every contact.* action; "contact.updated" matches exactly.
      conditions.add(
          query.action().contains(".") ? "action = :action" : "action like :action || '.%'");
      params.put("action", query.action().trim());
    }
    if (query.from() != null) {
      conditions.add("occurred_at >= :from");
      params.put("from", Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      conditions.add("occurred_at < :to");
      params.put("to", Timestamp.from(query.to()));
    }
    return String.join(" and ", conditions);
  }

  private AuditEntry entry(ResultSet rs, int row) throws SQLException {
    String changes = rs.getString("changes");
    return new AuditEntry(
        rs.getObject("id", UUID.class),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getObject("actor_id", UUID.class),
        rs.getString("actor_label"),
        rs.getString("action"),
        rs.getString("entity_type"),
        rs.getObject("entity_id", UUID.class),
        changes == null ? null : json.readValue(changes, MAP),
        rs.getString("client_ip"),
        rs.getString("user_agent"),
        null,
        null);
  }
}
