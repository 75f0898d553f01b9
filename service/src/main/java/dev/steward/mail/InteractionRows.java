package dev.steward.mail;

import dev.steward.identity.CurrentUser;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interactions' rows ({@code interactions}, {@code interaction_contacts}) in the current firm:
 * filed, linked to contacts and read back.
 */
@Repository
class InteractionRows {

  private static final TypeReference<List<Participant>> PARTICIPANTS = new TypeReference<>() {};
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;

  InteractionRows(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  UUID insert(InteractionRequest request, Instant occurredAt, String filedVia) {
    UUID id = UUID.randomUUID();
    var from = request.from();
    jdbc.sql(
            """
            insert into interactions (id, tenant_id, kind, direction, subject, summary, occurred_at,
                                      internet_message_id, conversation_id, campaign_id, created_by,
                                      sender_address, sender_name, to_recipients, cc_recipients, rest_id,
                                      in_reply_to, message_references, web_link, attachment_names, filed_via)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?)""")
        .params(
            id,
            CurrentTenant.require(),
            request.kind(),
            request.direction(),
            request.subject(),
            request.summary(),
            Timestamp.from(occurredAt),
            request.internetMessageId(),
            request.conversationId(),
            request.campaignId(),
            CurrentUser.idOrNull(),
            from == null ? null : from.address(),
            from == null ? null : from.name(),
            json.writeValueAsString(request.to()),
            json.writeValueAsString(request.cc()),
            request.restId(),
            request.inReplyTo(),
            request.references(),
            request.webLink(),
            json.writeValueAsString(request.attachmentNames()),
            filedVia)
        .update();
    return id;
  }

  /**
   * Inserts an outbound campaign mail unless an email with its Message-ID is filed already; returns
   * how many rows it inserted.
   */
  int insertOutbound(UUID id, SentCampaignMail mail, String filedVia) {
    return jdbc.sql(
            """
            insert into interactions (id, tenant_id, kind, direction, subject, summary, occurred_at,
                                      internet_message_id, conversation_id, campaign_id, created_by,
                                      sender_address, sender_name, to_recipients, rest_id, filed_via)
            values (?, ?, 'email', 'outbound', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
            on conflict (tenant_id, internet_message_id) where internet_message_id is not null do nothing""")
        .params(
            id,
            CurrentTenant.require(),
            storedSubject(mail),
            cut(mail.text(), 10_000),
            Timestamp.from(mail.sentAt()),
            mail.internetMessageId(),
            mail.conversationId(),
            mail.campaignId(),
            mail.sentBy(),
            mail.from().address(),
            mail.from().name(),
            json.writeValueAsString(List.of(mail.to())),
            mail.restId(),
            filedVia)
        .update();
  }

  /** The subject as filed: cut to the column's size. */
  static String storedSubject(SentCampaignMail mail) {
    return cut(mail.subject(), 500);
  }

  /** Links the contacts to the interaction; returns those that were not linked before. */
  List<UUID> link(UUID interactionId, Set<UUID> contactIds) {
    return jdbc.sql(
            """
            insert into interaction_contacts (tenant_id, interaction_id, contact_id)
            select ?, ?, contact_id from unnest(?::uuid[]) with ordinality as c(contact_id, n) order by n
            on conflict do nothing
            returning contact_id""")
        .params(
            CurrentTenant.require(),
            interactionId,
            contactIds.stream().map(UUID::toString).toArray(String[]::new))
        .query(UUID.class)
        .list();
  }

  Optional<UUID> byMessageId(String internetMessageId) {
    return jdbc.sql("select id from interactions where tenant_id = ? and internet_message_id = ?")
        .params(CurrentTenant.require(), internetMessageId)
        .query(UUID.class)
        .optional();
  }

  void setCampaign(UUID id, UUID campaignId) {
    jdbc.sql("update interactions set campaign_id = ? where tenant_id = ? and id = ?")
        .params(campaignId, CurrentTenant.require(), id)
        .update();
  }

  /** Links {@code other} to the campaign of {@code tracked}, unless it has one. */
  void giveCampaignOf(UUID tracked, UUID other) {
    jdbc.sql(
            """
            update interactions set campaign_id = coalesce(campaign_id,
              (select campaign_id from interactions where tenant_id = :tenant and id = :tracked))
            where tenant_id = :tenant and id = :other""")
        .param("tenant", CurrentTenant.require())
        .param("tracked", tracked)
        .param("other", other)
        .update();
  }

  void setMessageIds(UUID id, String internetMessageId, String conversationId, String restId) {
    jdbc.sql(
            """
            update interactions set internet_message_id = ?, conversation_id = ?, rest_id = ?
            where tenant_id = ? and id = ?""")
        .params(internetMessageId, conversationId, restId, CurrentTenant.require(), id)
        .update();
  }

  InteractionView byId(UUID id) {
    return jdbc.sql(
            """
            select i.*, array(select contact_id from interaction_contacts where interaction_id = i.id) as contact_ids
            from interactions i where i.tenant_id = ? and i.id = ?""")
        .params(CurrentTenant.require(), id)
        .query(this::view)
        .single();
  }

  /** The newest {@code limit} interactions of a contact. */
  List<InteractionView> ofContact(UUID contactId, int limit) {
    return jdbc.sql(
            """
            select i.*, array(select ic2.contact_id from interaction_contacts ic2 where ic2.interaction_id = i.id)
                     as contact_ids
            from interactions i join interaction_contacts ic on ic.interaction_id = i.id
            where i.tenant_id = :tenant and ic.contact_id = :contact
            order by i.occurred_at desc limit :limit""")
        .param("tenant", CurrentTenant.require())
        .param("contact", contactId)
        .param("limit", limit)
        .query(this::view)
        .list();
  }

  private InteractionView view(ResultSet rs, int row) throws SQLException {
    var ids = (UUID[]) rs.getArray("contact_ids").getArray();
    String sender = rs.getString("sender_address");
    return new InteractionView(
        rs.getObject("id", UUID.class),
        rs.getString("kind"),
        rs.getString("direction"),
        rs.getString("subject"),
        rs.getString("summary"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("internet_message_id"),
        rs.getString("conversation_id"),
        rs.getObject("campaign_id", UUID.class),
        List.of(ids),
        rs.getObject("created_by", UUID.class),
        sender == null ? null : new Participant(sender, rs.getString("sender_name")),
        json.readValue(rs.getString("to_recipients"), PARTICIPANTS),
        json.readValue(rs.getString("cc_recipients"), PARTICIPANTS),
        rs.getString("rest_id"),
        rs.getString("in_reply_to"),
        rs.getString("message_references"),
        rs.getString("web_link"),
        json.readValue(rs.getString("attachment_names"), NAMES),
        rs.getString("filed_via"));
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
