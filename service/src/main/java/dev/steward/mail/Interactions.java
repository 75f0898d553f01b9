package dev.steward.mail;

import dev.steward.campaigns.Campaigns;
import dev.steward.campaigns.RecordedVia;
import dev.steward.campaigns.ResponseStatus;
import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.mail.MailEvents.InteractionFiled;
import dev.steward.platform.FieldProblem;
import dev.steward.platform.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files interactions on contacts, once per email, and reads them back for timelines. An email is
 * filed on every contact on it (sender, To, Cc); filing it again links only the contacts not linked
 * yet.
 */
@Service
public class Interactions {

  private final InteractionRows rows;
  private final Contacts contacts;
  private final Campaigns campaigns;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  Interactions(
      InteractionRows rows,
      Contacts contacts,
      Campaigns campaigns,
      ApplicationEventPublisher events) {
    this.rows = rows;
    this.contacts = contacts;
    this.campaigns = campaigns;
    this.events = events;
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
            : rows.byMessageId(request.internetMessageId());
    UUID id = existing.orElseGet(() -> rows.insert(request, occurredAt, filedVia));
    List<UUID> newlyLinked = rows.link(id, linking);
    if (existing.isPresent() && request.campaignId() != null) {
      rows.setCampaign(id, request.campaignId());
    }
    if (request.responseStatus() != null && request.responseStatus() != ResponseStatus.PENDING) {
      recordResponses(request, respondents(request), occurredAt);
    }
    if (existing.isEmpty()) {
      events.publishEvent(
          new InteractionFiled(
              id, request.kind(), request.subject(), List.copyOf(linking), request.campaignId()));
    }
    return new Filed(rows.byId(id), existing.isEmpty(), newlyLinked);
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
    int inserted = rows.insertOutbound(id, mail, filedVia);
    if (inserted == 0) {
      return false;
    }
    rows.link(id, Set.of(mail.contactId()));
    events.publishEvent(
        new InteractionFiled(
            id,
            "email",
            InteractionRows.storedSubject(mail),
            List.of(mail.contactId()),
            mail.campaignId()));
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
      var existing = rows.byMessageId(mail.internetMessageId());
      if (existing.isPresent()) {
        rows.link(existing.get(), Set.of(mail.contactId()));
        return existing.get();
      }
    }
    UUID id = UUID.randomUUID();
    return fileOutbound(id, mail, "tracked")
        ? id
        : rows.byMessageId(mail.internetMessageId()).orElseThrow();
  }

  /**
   * Links a tracked mail's timeline entry to the other members it went to (a mail written in
   * Outlook may have several recipients who are members).
   */
  @Transactional
  public void linkTrackedMail(UUID interactionId, Collection<UUID> contactIds) {
    rows.link(interactionId, new LinkedHashSet<>(contactIds));
  }

  /**
   * Gives a tracked mail's timeline entry the ids its sent message carries, so that reply detection
   * matches answers to it. Returns false, changing nothing, when another entry (the same mail filed
   * from Outlook) has that Message-ID already; that entry is then linked to the campaign instead.
   */
  @Transactional
  public boolean identifyTrackedMail(
      UUID interactionId, String internetMessageId, String conversationId, String restId) {
    var other = rows.byMessageId(internetMessageId).filter(id -> !id.equals(interactionId));
    if (other.isPresent()) {
      rows.giveCampaignOf(interactionId, other.get());
      return false;
    }
    rows.setMessageIds(interactionId, internetMessageId, conversationId, restId);
    return true;
  }

  /** The email with this Internet message id, filed or found by the mailbox sync, if any. */
  @Transactional(readOnly = true)
  public Optional<InteractionView> byInternetMessageId(String internetMessageId) {
    return rows.byMessageId(internetMessageId).map(rows::byId);
  }

  /** The newest {@code limit} interactions of a contact. */
  @Transactional(readOnly = true)
  public List<InteractionView> ofContact(UUID contactId, int limit) {
    return rows.ofContact(contactId, limit);
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

  /**
   * A filing's outcome: the interaction, whether this filing created it, and the contacts it
   * linked.
   */
  record Filed(InteractionView interaction, boolean created, List<UUID> newlyLinkedContactIds) {}
}
