package dev.steward.audit;

import dev.steward.identity.CurrentUser;
import dev.steward.platform.ClientAddress;
import dev.steward.platform.FieldChange;
import dev.steward.tenancy.CurrentTenant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit log, in the transaction of the change when there is one (so the change and
 * its record commit or roll back together), else in a transaction of its own.
 */
@Component
class AuditWriter {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final ClientAddress clientAddress;
  private final TransactionTemplate transaction;

  AuditWriter(
      JdbcClient jdbc,
      JsonMapper json,
      ClientAddress clientAddress,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.json = json;
    this.clientAddress = clientAddress;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  void write(String action, String entityType, UUID entityId, Map<String, ?> changes) {
    write(action, entityType, entityId, changes, null, null);
  }

  /**
   * {@code actorId}/{@code actorLabel} name the actor when nobody is signed in yet (a sign-in, a
   * failed one).
   */
  void write(
      String action,
      String entityType,
      UUID entityId,
      Map<String, ?> changes,
      UUID actorId,
      String actorLabel) {
    UUID tenant = CurrentTenant.id().orElse(null);
    if (tenant == null) {
      return;
    }
    var user = CurrentUser.get();
    UUID actor = actorId != null ? actorId : user.map(u -> u.userId()).orElse(null);
    String label = actorLabel != null ? actorLabel : user.map(u -> u.email()).orElse("system");
    String ip = null;
    String userAgent = null;
    if (RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes attributes) {
      ip = clientAddress.of(attributes.getRequest());
      userAgent = truncate(attributes.getRequest().getHeader("User-Agent"), 500);
    }
    String changesJson =
        changes == null || changes.isEmpty() ? null : json.writeValueAsString(plain(changes));
    String clientIp = ip;
    String agent = userAgent;
    transaction.executeWithoutResult(
        status ->
            jdbc.sql(
                    """
            insert into audit_log (id, tenant_id, actor_id, actor_label, action, entity_type, entity_id, changes,
                                   client_ip, user_agent)
            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as inet), ?)""")
                .params(
                    UUID.randomUUID(),
                    tenant,
                    actor,
                    truncate(label, 254),
                    action,
                    entityType,
                    entityId,
                    changesJson,
                    clientIp,
                    agent)
                .update());
  }

  private static Map<String, Object> plain(Map<String, ?> changes) {
    Map<String, Object> plain = new LinkedHashMap<>();
    changes.forEach(
        (field, value) ->
            plain.put(
                field,
                value instanceof FieldChange change
                    ? mapOf(change.before(), change.after())
                    : value));
    return plain;
  }

  private static Map<String, Object> mapOf(Object before, Object after) {
    Map<String, Object> pair = new LinkedHashMap<>();
    pair.put("before", before);
    pair.put("after", after);
    return pair;
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
