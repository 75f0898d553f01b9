package dev.steward.contacts;

import dev.steward.contacts.ContactEvents.EmailOptedOut;
import dev.steward.tenancy.CurrentTenant;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Contacts read for campaign mail, many at a time, and their email opt-out. */
@Component
class MailRecipients {

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final ApplicationEventPublisher events;

  MailRecipients(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.json = json;
    this.events = events;
  }

  List<MailRecipient> live(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            select id, type, display_name, first_name, last_name, company_name, job_title, email, city,
                   custom_fields::text as custom_fields, email_opt_out_at
            from contacts where tenant_id = ? and id = any(?) and deleted_at is null""")
        .params(CurrentTenant.require(), ids.toArray(UUID[]::new))
        .query(
            (rs, n) -> {
              Timestamp optOut = rs.getTimestamp("email_opt_out_at");
              return MailRecipient.of(
                  ContactHead.of(rs),
                  rs.getString("city"),
                  customFields(rs.getString("custom_fields")),
                  optOut == null ? null : optOut.toInstant());
            })
        .list();
  }

  /** Sets the opt-out unless it is set already; returns whether this call set it. */
  boolean optOut(UUID contactId, UUID campaignId, String via) {
    int changed =
        jdbc.sql(
                """
            update contacts set email_opt_out_at = now(), updated_at = now(), version = version + 1
            where tenant_id = ? and id = ? and email_opt_out_at is null""")
            .params(CurrentTenant.require(), contactId)
            .update();
    if (changed > 0) {
      events.publishEvent(new EmailOptedOut(contactId, campaignId, via));
    }
    return changed > 0;
  }

  private Map<String, String> customFields(String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (text == null) {
      return fields;
    }
    JsonNode node = json.readTree(text);
    for (var entry : node.properties()) {
      JsonNode value = entry.getValue();
      if (value != null && !value.isNull()) {
        fields.put(entry.getKey(), value.isValueNode() ? value.asString() : value.toString());
      }
    }
    return fields;
  }
}
