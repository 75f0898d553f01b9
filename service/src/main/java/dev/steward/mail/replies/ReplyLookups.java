package dev.steward.mail.replies;

import dev.steward.campaigns.CampaignStatus;
import dev.steward.campaigns.Campaigns;
import dev.steward.campaigns.ResponseStatus;
import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.mail.replies.ReplyClassifier.PendingMembership;
import dev.steward.tenancy.CurrentTenant;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the classifier needs to know about a page of messages, asked a page at a time: the campaign
 * mails among their conversations and referenced Message-IDs (interactions filed with a campaign),
 * and each sender's pending memberships in campaigns that went out. Callers run it in a transaction
 * of the firm.
 */
@Component
class ReplyLookups {

  private final JdbcClient jdbc;
  private final Contacts contacts;
  private final Campaigns campaigns;

  ReplyLookups(JdbcClient jdbc, Contacts contacts, Campaigns campaigns) {
    this.jdbc = jdbc;
    this.contacts = contacts;
    this.campaigns = campaigns;
  }

  /** The campaign of a campaign mail in each of these conversations. */
  @Transactional(readOnly = true)
  Map<String, UUID> campaignsOfConversations(Collection<String> conversationIds) {
    if (conversationIds.isEmpty()) {
      return Map.of();
    }
    Map<String, UUID> campaignOf = new HashMap<>();
    jdbc.sql(
            """
            select conversation_id, campaign_id from interactions
            where tenant_id = ? and campaign_id is not null and conversation_id = any(?)
            order by occurred_at""")
        .params(CurrentTenant.require(), conversationIds.toArray(String[]::new))
        .query((rs, n) -> campaignOf.putIfAbsent(rs.getString(1), rs.getObject(2, UUID.class)))
        .list();
    return campaignOf;
  }

  /** The campaign of each of these Message-IDs that is a campaign mail. */
  @Transactional(readOnly = true)
  Map<String, UUID> campaignsOfMessages(Collection<String> internetMessageIds) {
    if (internetMessageIds.isEmpty()) {
      return Map.of();
    }
    Map<String, UUID> campaignOf = new HashMap<>();
    jdbc.sql(
            """
            select internet_message_id, campaign_id from interactions
            where tenant_id = ? and campaign_id is not null and internet_message_id = any(?)""")
        .params(CurrentTenant.require(), internetMessageIds.toArray(String[]::new))
        .query((rs, n) -> campaignOf.put(rs.getString(1), rs.getObject(2, UUID.class)))
        .list();
    return campaignOf;
  }

  /** Starts a cache of senders' memberships for one sync. */
  Senders senders() {
    return new Senders();
  }

  /**
   * Senders' pending memberships, looked up once per sync and forgotten once a reply is recorded.
   */
  final class Senders {

    private final Map<String, List<PendingMembership>> byAddress = new HashMap<>();

    /** Looks up, in a few queries, the addresses not seen yet in this sync. */
    void load(Collection<String> addresses) {
      Set<String> unknown = new HashSet<>();
      for (String address : addresses) {
        if (address != null && !byAddress.containsKey(normal(address))) {
          unknown.add(normal(address));
        }
      }
      if (unknown.isEmpty()) {
        return;
      }
      Map<String, List<ContactSummary>> found = contactsOf(unknown);
      Map<UUID, List<PendingMembership>> memberships = new LinkedHashMap<>();
      for (var contactsOfAddress : found.values()) {
        for (ContactSummary contact : contactsOfAddress) {
          memberships.computeIfAbsent(
              contact.id(),
              id -> {
                var pending =
                    campaigns.membershipsOf(id).stream()
                        .filter(
                            m ->
                                m.status() == ResponseStatus.PENDING
                                    && m.campaignStatus() != CampaignStatus.DRAFT)
                        .map(m -> new PendingMembership(m.campaignId(), id, startOf(m.sendDate())))
                        .toList();
                return pending;
              });
        }
      }
      for (String address : unknown) {
        List<PendingMembership> pending = new ArrayList<>();
        for (ContactSummary contact : found.getOrDefault(address, List.of())) {
          for (var membership : memberships.getOrDefault(contact.id(), List.of())) {
            pending.add(membership);
          }
        }
        byAddress.put(address, pending);
      }
    }

    List<PendingMembership> of(String address) {
      return address == null ? List.of() : byAddress.getOrDefault(normal(address), List.of());
    }

    /**
     * The member has answered: no later message of theirs answers that campaign again in this sync.
     */
    void answered(UUID campaignId, UUID contactId) {
      byAddress.replaceAll(
          (address, pending) ->
              pending.stream()
                  .filter(
                      m -> !(m.campaignId().equals(campaignId) && m.contactId().equals(contactId)))
                  .toList());
    }

    /**
     * The live contacts with each address, as their primary email or another, in one query for all
     * of them.
     */
    private Map<String, List<ContactSummary>> contactsOf(Set<String> addresses) {
      Map<String, List<ContactSummary>> found = new HashMap<>();
      for (ContactSummary contact : contacts.byEmails(addresses)) {
        List<String> theirs = new ArrayList<>(contact.otherEmails());
        if (contact.email() != null) {
          theirs.add(contact.email());
        }
        for (String address : theirs) {
          String normal = normal(address);
          if (addresses.contains(normal)) {
            found.computeIfAbsent(normal, a -> new ArrayList<>()).add(contact);
          }
        }
      }
      return found;
    }
  }

  /** When a campaign went out: the start of its send date (UTC). */
  private static Instant startOf(LocalDate sendDate) {
    return sendDate == null ? null : sendDate.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static String normal(String address) {
    return address.strip().toLowerCase(Locale.ROOT);
  }
}
