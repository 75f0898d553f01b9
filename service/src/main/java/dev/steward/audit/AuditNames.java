package dev.steward.audit;

import dev.steward.campaigns.Campaigns;
import dev.steward.contacts.ContactSummary;
import dev.steward.contacts.Contacts;
import dev.steward.identity.Users;
import dev.steward.platform.PageResult;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Puts today's names of the actors, contacts and campaigns beside a page of audit entries (three
 * lookups a page).
 */
@Component
class AuditNames {

  private final Users users;
  private final Contacts contacts;
  private final Campaigns campaigns;

  AuditNames(Users users, Contacts contacts, Campaigns campaigns) {
    this.users = users;
    this.contacts = contacts;
    this.campaigns = campaigns;
  }

  PageResult<AuditEntry> named(PageResult<AuditEntry> page) {
    Set<UUID> people = ids(page, AuditEntry::actorId);
    people.addAll(ids(page, entityOf("user")));
    Map<UUID, String> userNames = users.namesOf(people);
    Map<UUID, String> contactNames =
        contacts.summaries(ids(page, entityOf("contact"))).stream()
            .filter(summary -> summary.displayName() != null)
            .collect(
                Collectors.toMap(ContactSummary::id, ContactSummary::displayName, (a, b) -> a));
    Map<UUID, String> campaignNames = campaigns.namesOf(ids(page, entityOf("campaign")));
    return page.map(
        entry ->
            entry.named(
                userNames.get(entry.actorId()),
                switch (String.valueOf(entry.entityType())) {
                  case "contact" -> contactNames.get(entry.entityId());
                  case "campaign" -> campaignNames.get(entry.entityId());
                  case "user" -> userNames.get(entry.entityId());
                  default -> null;
                }));
  }

  private static Function<AuditEntry, UUID> entityOf(String type) {
    return entry -> type.equals(entry.entityType()) ? entry.entityId() : null;
  }

  private static Set<UUID> ids(PageResult<AuditEntry> page, Function<AuditEntry, UUID> id) {
    return page.items().stream()
        .map(id)
        .filter(Objects::nonNull)
        .collect(Collectors.toCollection(HashSet::new));
  }
}
