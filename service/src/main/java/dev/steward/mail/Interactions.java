package dev.steward.mail;

import dev.steward.campaigns.Campaigns;
import dev.steward.campaigns.RecordedVia;
import dev.steward.campaigns.ResponseStatus;
import dev.steward.contacts.ContactSummary;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files interactions on contacts, once per email, and reads them back for timelines. An email is
 * filed on every contact on it (sender, To, Cc); filing it again links only the contacts not linked
 * yet.
 */
@Service
public class Interactions {

  private static final TypeReference<List<Participant>> PARTICIPANTS = new TypeReference<>() {};
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final Contacts contacts;
  private final Campaigns campaigns;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final Clock clock = Clock.systemUTC();

  Interactions(
      JdbcClient jdbc,
      Contacts contacts,
      Campaigns campaigns,
      ApplicationEventPublisher events,
      JsonMapper json) {
    this.jdbc = jdbc;
    this.contacts = contacts;
    this.campaigns = campaigns;
    this.events = events;
    this.json = json;
  }

  /**
   * Files the interaction; returns it, whether it was new, and which contacts this filing linked.
   */
  @Transactional
  Filed file(InteractionRequest request, String filedVia) {
    var named = request.contactIds();
    var live =
        contacts.liveSummaries(named).stream().map(ContactSummary::id).collect(Collectors.toSet());
    var problems = new ArrayList<FieldProblem>();
    for (int i = 0; i < named.size(); i++) {
      if (!live.contains(named.get(i))) {
        problems.add(new FieldProblem("contactIds[" + i + "]", "no live contact has this id"));
      }
    }
    if (request.responseStatus() != null && request.campaignId() == null) {
      problems.add(new FieldProblem("campaignId", "is needed to record a response"));
    }
    if (request.campaignId() != null
        && campaigns.namesOf(List.of(request.campaignId())).isEmpty()) {
      problems.add(new FieldProblem("campaignId", "no campaign has this id"));
    }
    var matched = contacts.byEmails(request.addresses());
    var linking = new LinkedHashSet<UUID>(named);
    matched.forEach(contact -> linking.add(contact.id()));
    if (problems.isEmpty() && linking.isEmpty()) {
      problems.add(
          new FieldProblem(
              "contactIds",
              request.addresses().isEmpty()
                  ? "name at least one contact"
                  : "nobody on this email is a contact in Steward yet: add one first"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant occurredAt = request.occurredAt() == null ? clock.instant() : request.occurredAt();
    var existing =
        request.internetMessageId() == null
            ? Optional.<UUID>empty()
            : byMessageId(request.internetMessageId());
    UUID id = existing.orElseGet(() -> insert(request, occurredAt, filedVia));
    List<UUID> newlyLinked = link(id, linking);
    if (existing.isPresent() && request.campaignId() != null) {
      jdbc.sql("update interactions set campaign_id = ? where tenant_id = ? and id = ?")
          .params(request.campaignId(), CurrentTenant.require(), id)
          .update();
    }
    if (request.responseStatus() != null && request.responseStatus() != ResponseStatus.PENDING) {
      recordResponses(request, respondents(request), occurredAt);
    }
    if (existing.isEmpty()) {
      events.publishEvent(
          new InteractionFiled(
              id, request.kind(), request.subject(), List.copyOf(linking), request.campaignId()));
    }
    return new Filed(get(id), existing.isEmpty(), newlyLinked);
  }

  /**
   * Files a campaign mail Steward sent, outbound, on the member's timeline and linked to its
   * campaign, so that reply detection knows its Message-ID and conversation. Filing the same
   * Message-ID again changes nothing.
   */
  @Transactional
  public void fileSentCampaignMail(SentCampaignMail mail) {
    fileOutbound(UUID.randomUUID(), mail, "campaign");
  }

  /**
   * Inserts an outbound campaign mail and links it to its member, unless an email with its
   * Message-ID is filed already; returns whether it was inserted.
   */
  private boolean fileOutbound(UUID id, SentCampaignMail mail, String filedVia) {
    String subject = cut(mail.subject(), 500);
    int inserted =
        jdbc.sql(
                """
            insert into interactions (id, tenant_id, kind, direction, subject, summary, occurred_at,
                                      internet_message_id, conversation_id, campaign_id, created_by,
                                      sender_address, sender_name, to_recipients, rest_id, filed_via)
            values (?, ?, 'email', 'outbound', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
            on conflict (tenant_id, internet_message_id) where internet_message_id is not null do nothing""")
            .params(
                id,
                CurrentTenant.require(),
                subject,
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
    if (inserted == 0) {
      return false;
    }
    link(id, Set.of(mail.contactId()));
    events.publishEvent(
        new InteractionFiled(id, "email", subject, List.of(mail.contactId()), mail.campaignId()));
    return true;
  }

  /**
   * Files a campaign mail a person wrote in Outlook and tracked, outbound, on the member's timeline
   * and linked to its campaign; returns the entry's id. Its Message-ID is often not known yet:
   * {@link #identifyTrackedMail} adds it once the sent mail is found.
   */
  @Transactional
  public UUID fileTrackedCampaignMail(SentCampaignMail mail) {
    if (mail.internetMessageId() != null) {
      var existing = byMessageId(mail.internetMessageId());
      if (existing.isPresent()) {
        link(existing.get(), Set.of(mail.contactId()));
        return existing.get();
      }
    }
    UUID id = UUID.randomUUID();
    return fileOutbound(id, mail, "tracked")
        ? id
        : byMessageId(mail.internetMessageId()).orElseThrow();
  }

  /**
   * Links a tracked mail's timeline entry to the other members it went to (a mail written in
   * Outlook may have several recipients who are members).
   */
  @Transactional
  public void linkTrackedMail(UUID interactionId, java.util.Collection<UUID> contactIds) {
    link(interactionId, new java.util.LinkedHashSet<>(contactIds));
  }

  /**
   * Gives a tracked mail's timeline entry the ids its sent message carries, so that reply detection
   * matches answers to it. Returns false, changing nothing, when another entry (the same mail filed
   * from Outlook) has that Message-ID already; that entry is then linked to the campaign instead.
   */
  @Transactional
  public boolean identifyTrackedMail(
      UUID interactionId, String internetMessageId, String conversationId, String restId) {
    var other = byMessageId(internetMessageId).filter(id -> !id.equals(interactionId));
    if (other.isPresent()) {
      jdbc.sql(
              """
              update interactions set campaign_id = coalesce(campaign_id,
                (select campaign_id from interactions where tenant_id = :tenant and id = :tracked))
              where tenant_id = :tenant and id = :other""")
          .param("tenant", CurrentTenant.require())
          .param("tracked", interactionId)
          .param("other", other.get())
          .update();
      return false;
    }
    jdbc.sql(
            """
            update interactions set internet_message_id = ?, conversation_id = ?, rest_id = ?
            where tenant_id = ? and id = ?""")
        .params(internetMessageId, conversationId, restId, CurrentTenant.require(), interactionId)
        .update();
    return true;
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** The email with this Internet message id, filed or found by the mailbox sync, if any. */
  @Transactional(readOnly = true)
  public Optional<InteractionView> byInternetMessageId(String internetMessageId) {
    return byMessageId(internetMessageId).map(this::get);
  }

  /** The newest {@code limit} interactions of a contact. */
  @Transactional(readOnly = true)
  public List<InteractionView> ofContact(UUID contactId, int limit) {
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

  /**
   * Whose answer a response records: the contacts the caller named, or else the email's sender if a
   * contact.
   */
  private Set<UUID> respondents(InteractionRequest request) {
    if (!request.contactIds().isEmpty()) {
      return new LinkedHashSet<>(request.contactIds());
    }
    if (request.from() == null) {
      return Set.of();
    }
    return contacts.byEmails(List.of(request.from().address())).stream()
        .map(ContactSummary::id)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private void recordResponses(
      InteractionRequest request, Set<UUID> respondents, Instant occurredAt) {
    for (UUID contactId : respondents) {
      boolean member =
          campaigns.membershipsOf(contactId).stream()
              .anyMatch(m -> m.campaignId().equals(request.campaignId()));
      if (member) {
        campaigns.recordResponse(
            request.campaignId(),
            contactId,
            request.responseStatus(),
            occurredAt,
            RecordedVia.OUTLOOK,
            null);
      }
    }
  }

  /** Links the contacts to the interaction; returns those that were not linked before. */
  private List<UUID> link(UUID interactionId, Set<UUID> contactIds) {
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

  private Optional<UUID> byMessageId(String internetMessageId) {
    return jdbc.sql("select id from interactions where tenant_id = ? and internet_message_id = ?")
        .params(CurrentTenant.require(), internetMessageId)
        .query(UUID.class)
        .optional();
  }

  private UUID insert(InteractionRequest request, Instant occurredAt, String filedVia) {
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

  private InteractionView get(UUID id) {
    return jdbc.sql(
            """
            select i.*, array(select contact_id from interaction_contacts where interaction_id = i.id) as contact_ids
            from interactions i where i.tenant_id = ? and i.id = ?""")
        .params(CurrentTenant.require(), id)
        .query(this::view)
        .single();
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

  /**
   * A filing's outcome: the interaction, whether this filing created it, and the contacts it
   * linked.
   */
  record Filed(InteractionView interaction, boolean created, List<UUID> newlyLinkedContactIds) {}
}
