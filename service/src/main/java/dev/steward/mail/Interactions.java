package dev.steward.mail;

import dev.steward.campaigns.Campaigns;
import dev.steward.campaigns.RecordedVia;
import dev.steward.campaigns.ResponseStatus;
import dev.steward.contacts.Contacts;
import dev.steward.identity.CurrentUser;
import dev.steward.mail.MailEvents.InteractionFiled;
import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import dev.steward.tenancy.CurrentTenant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files interactions on contacts, once per email, and reads them back for timelines. */
@Service
public class Interactions {

  private final JdbcClient jdbc;
  private final Contacts contacts;
  private final Campaigns campaigns;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  Interactions(JdbcClient jdbc, Contacts contacts, Campaigns campaigns, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.contacts = contacts;
    this.campaigns = campaigns;
    this.events = events;
  }

  /** Files the interaction; returns it and whether it was new. */
  @Transactional
  Filed file(InteractionRequest request) {
    var live = new HashSet<>(contacts.liveSummaries(request.contactIds()).stream().map(c -> c.id()).toList());
    var problems = new ArrayList<FieldProblem>();
    for (int i = 0; i < request.contactIds().size(); i++) {
      if (!live.contains(request.contactIds().get(i))) {
        problems.add(new FieldProblem("contactIds[" + i + "]", "no live contact has this id"));
      }
    }
    if (request.responseStatus() != null && request.campaignId() == null) {
      problems.add(new FieldProblem("campaignId", "is needed to record a response"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant occurredAt = request.occurredAt() == null ? clock.instant() : request.occurredAt();
    var existing = request.internetMessageId() == null ? Optional.<UUID>empty() : byMessageId(request.internetMessageId());
    UUID id = existing.orElseGet(() -> insert(request, occurredAt));
    for (UUID contactId : request.contactIds()) {
      jdbc.sql("""
              insert into interaction_contacts (tenant_id, interaction_id, contact_id) values (?, ?, ?)
              on conflict do nothing""")
          .params(CurrentTenant.require(), id, contactId)
          .update();
    }
    if (request.campaignId() != null && request.responseStatus() != null
        && request.responseStatus() != ResponseStatus.PENDING) {
      for (UUID contactId : request.contactIds()) {
        boolean member = campaigns.membershipsOf(contactId).stream()
            .anyMatch(m -> m.campaignId().equals(request.campaignId()));
        if (member) {
          campaigns.recordResponse(request.campaignId(), contactId, request.responseStatus(), occurredAt,
              RecordedVia.OUTLOOK, null);
        }
      }
    }
    if (existing.isEmpty()) {
      events.publishEvent(new InteractionFiled(id, request.kind(), request.subject(), request.contactIds(),
          request.campaignId()));
    }
    return new Filed(get(id), existing.isEmpty());
  }

  /** The newest {@code limit} interactions of a contact. */
  @Transactional(readOnly = true)
  public List<InteractionView> ofContact(UUID contactId, int limit) {
    return jdbc.sql("""
            select i.*, array(select ic2.contact_id from interaction_contacts ic2 where ic2.interaction_id = i.id)
                     as contact_ids
            from interactions i join interaction_contacts ic on ic.interaction_id = i.id
            where i.tenant_id = :tenant and ic.contact_id = :contact
            order by i.occurred_at desc limit :limit""")
        .param("tenant", CurrentTenant.require())
        .param("contact", contactId)
        .param("limit", limit)
        .query(Interactions::view)
        .list();
  }

  private Optional<UUID> byMessageId(String internetMessageId) {
    return jdbc.sql("select id from interactions where tenant_id = ? and internet_message_id = ?")
        .params(CurrentTenant.require(), internetMessageId)
        .query(UUID.class)
        .optional();
  }

  private UUID insert(InteractionRequest request, Instant occurredAt) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into interactions (id, tenant_id, kind, direction, subject, summary, occurred_at,
                                      internet_message_id, conversation_id, campaign_id, created_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, CurrentTenant.require(), request.kind(), request.direction(), request.subject(),
            request.summary(), Timestamp.from(occurredAt), request.internetMessageId(), request.conversationId(),
            request.campaignId(), CurrentUser.idOrNull())
        .update();
    return id;
  }

  private InteractionView get(UUID id) {
    return jdbc.sql("""
            select i.*, array(select contact_id from interaction_contacts where interaction_id = i.id) as contact_ids
            from interactions i where i.tenant_id = ? and i.id = ?""")
        .params(CurrentTenant.require(), id)
        .query(Interactions::view)
        .single();
  }

  private static InteractionView view(ResultSet rs, int row) throws SQLException {
    var ids = (UUID[]) rs.getArray("contact_ids").getArray();
    return new InteractionView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("direction"),
        rs.getString("subject"), rs.getString("summary"), rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("internet_message_id"), rs.getString("conversation_id"), rs.getObject("campaign_id", UUID.class),
        List.of(ids), rs.getObject("created_by", UUID.class));
  }

  record Filed(InteractionView interaction, boolean created) {}
}
